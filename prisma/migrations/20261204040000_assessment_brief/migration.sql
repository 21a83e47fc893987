-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "briefAsk" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "briefEvidence" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "briefOthers" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "briefPlan" BOOLEAN NOT NULL DEFAULT true;
