-- DropIndex
DROP INDEX "AssessmentAnswer_authorId_idx";

-- CreateIndex
CREATE INDEX "AssessmentAnswer_authorId_assessmentId_idx" ON "AssessmentAnswer"("authorId", "assessmentId");
