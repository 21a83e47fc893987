-- CreateTable
CREATE TABLE "EvidenceEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "url" TEXT,
    "itemKeys" TEXT[],
    "goalId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvidenceEntry_userId_occurredOn_idx" ON "EvidenceEntry"("userId", "occurredOn");

-- CreateIndex
CREATE INDEX "EvidenceEntry_goalId_idx" ON "EvidenceEntry"("goalId");

-- AddForeignKey
ALTER TABLE "EvidenceEntry" ADD CONSTRAINT "EvidenceEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceEntry" ADD CONSTRAINT "EvidenceEntry_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What the app refuses, held by the database too: an entry is about at least
-- one item and says what happened, within the length the form allows.
ALTER TABLE "EvidenceEntry" ADD CONSTRAINT "EvidenceEntry_itemKeys_check" CHECK (cardinality("itemKeys") >= 1);
ALTER TABLE "EvidenceEntry" ADD CONSTRAINT "EvidenceEntry_text_check" CHECK (char_length("text") BETWEEN 1 AND 2000);
