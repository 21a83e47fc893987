-- CreateEnum
CREATE TYPE "PriorityChoiceKind" AS ENUM ('PINNED', 'DISMISSED');

-- CreateTable
CREATE TABLE "PriorityChoice" (
    "assessmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "choice" "PriorityChoiceKind" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriorityChoice_pkey" PRIMARY KEY ("assessmentId","itemId")
);

-- CreateIndex
CREATE INDEX "PriorityChoice_itemId_idx" ON "PriorityChoice"("itemId");

-- AddForeignKey
ALTER TABLE "PriorityChoice" ADD CONSTRAINT "PriorityChoice_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityChoice" ADD CONSTRAINT "PriorityChoice_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "FrameworkItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
