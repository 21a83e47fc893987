-- An assessment names the person assessed (its subject), and every answer
-- names who gave it (its author). Until now both were the assessment's user:
-- the column is renamed rather than replaced, so every row keeps its subject,
-- and every existing answer gets its assessment's subject as author.

-- RenameColumn
ALTER TABLE "Assessment" RENAME COLUMN "userId" TO "subjectId";
ALTER TABLE "Assessment" RENAME CONSTRAINT "Assessment_userId_fkey" TO "Assessment_subjectId_fkey";
ALTER INDEX "Assessment_userId_createdAt_id_idx" RENAME TO "Assessment_subjectId_createdAt_id_idx";
ALTER INDEX "Assessment_userId_submittedAt_idx" RENAME TO "Assessment_subjectId_submittedAt_idx";

-- AlterTable
ALTER TABLE "AssessmentAnswer" ADD COLUMN "authorId" TEXT;
UPDATE "AssessmentAnswer" answer SET "authorId" = assessment."subjectId"
  FROM "Assessment" assessment WHERE assessment.id = answer."assessmentId";

-- DropIndex
DROP INDEX "AssessmentAnswer_assessmentId_itemId_key";

-- CreateIndex
CREATE INDEX "AssessmentAnswer_authorId_idx" ON "AssessmentAnswer"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentAnswer_assessmentId_itemId_authorId_key" ON "AssessmentAnswer"("assessmentId", "itemId", "authorId");

-- AddForeignKey
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Invariants no version of the framework changes: a level is never 0 or
-- below, a revision never negative, "no opportunity yet" never carries a
-- level, and a draft is held by its own subject.
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_level_check" CHECK ("level" IS NULL OR "level" >= 1);
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_targetLevel_check" CHECK ("targetLevel" >= 1);
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_revision_check" CHECK ("revision" >= 0);
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_no_opportunity_check" CHECK (NOT ("noOpportunity" AND "level" IS NOT NULL));
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_draft_owner_check" CHECK ("draftOwnerId" IS NULL OR "draftOwnerId" = "subjectId");
