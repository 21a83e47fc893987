-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('INVITATION', 'REMINDER', 'DIGEST');

-- CreateEnum
CREATE TYPE "EmailJobState" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "digestDay" INTEGER,
ADD COLUMN     "reviewReminders" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "EmailJob" (
    "id" TEXT NOT NULL,
    "kind" "EmailKind" NOT NULL,
    "userId" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "state" "EmailJobState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "runAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lockedBy" TEXT,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOptOut" (
    "addressHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOptOut_pkey" PRIMARY KEY ("addressHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmailJob_dedupeKey_key" ON "EmailJob"("dedupeKey");

-- CreateIndex
CREATE INDEX "EmailJob_state_runAfter_idx" ON "EmailJob"("state", "runAfter");

-- CreateIndex
CREATE INDEX "EmailJob_userId_state_idx" ON "EmailJob"("userId", "state");

-- AddForeignKey
ALTER TABLE "EmailJob" ADD CONSTRAINT "EmailJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The digest's weekday as ISO counts it: 1 Monday to 7 Sunday, or none.
ALTER TABLE "User" ADD CONSTRAINT "User_digestDay_check" CHECK ("digestDay" BETWEEN 1 AND 7);
