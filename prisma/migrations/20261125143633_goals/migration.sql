-- CreateEnum
CREATE TYPE "GoalStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "nextReviewOn" DATE;

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "successMeasure" TEXT NOT NULL,
    "targetDate" DATE NOT NULL,
    "status" "GoalStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalResource" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "resourceKey" TEXT,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "GoalResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalNote" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoalNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Goal_userId_itemKey_idx" ON "Goal"("userId", "itemKey");

-- CreateIndex
CREATE INDEX "Goal_userId_targetDate_idx" ON "Goal"("userId", "targetDate");

-- CreateIndex
CREATE INDEX "GoalResource_goalId_idx" ON "GoalResource"("goalId");

-- CreateIndex
CREATE INDEX "GoalNote_goalId_createdAt_idx" ON "GoalNote"("goalId", "createdAt");

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalResource" ADD CONSTRAINT "GoalResource_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalNote" ADD CONSTRAINT "GoalNote_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
