-- CreateEnum
CREATE TYPE "LevelsFrom" AS ENUM ('SELF', 'AGREED');

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "levelsFrom" "LevelsFrom" NOT NULL DEFAULT 'SELF';
