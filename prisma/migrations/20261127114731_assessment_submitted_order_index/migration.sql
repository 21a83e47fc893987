-- CreateIndex
CREATE INDEX "Assessment_userId_submittedAt_idx" ON "Assessment"("userId", "submittedAt");
