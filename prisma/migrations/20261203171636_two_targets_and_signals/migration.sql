-- CreateEnum
CREATE TYPE "TargetMeasure" AS ENUM ('STEP_UP', 'IN_ROLE');

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "measure" "TargetMeasure";

-- AlterTable
ALTER TABLE "FrameworkItem" ADD COLUMN     "mustHave" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "opportunityQuestion" TEXT,
ADD COLUMN     "opportunityStretch" TEXT,
ADD COLUMN     "reflectionPrompts" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "stepUpLevel" INTEGER,
ADD COLUMN     "targetsWhy" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "FrameworkSection" ADD COLUMN     "weight" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "LevelDescriptor" ADD COLUMN     "examples" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "signals" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ResourceItem" ADD COLUMN     "level" INTEGER,
ADD COLUMN     "part" TEXT;
