-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "briefLog" BOOLEAN NOT NULL DEFAULT false;
