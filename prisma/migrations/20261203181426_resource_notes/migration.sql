-- AlterTable
ALTER TABLE "FrameworkItem" ADD COLUMN     "resourceNote" TEXT NOT NULL DEFAULT '';
