-- CreateTable
CREATE TABLE "AgreedLevel" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "agreedWith" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "agreedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreedLevel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgreedLevel_itemId_idx" ON "AgreedLevel"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreedLevel_assessmentId_itemId_key" ON "AgreedLevel"("assessmentId", "itemId");

-- AddForeignKey
ALTER TABLE "AgreedLevel" ADD CONSTRAINT "AgreedLevel_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedLevel" ADD CONSTRAINT "AgreedLevel_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "FrameworkItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What the app refuses, held by the database too: the words stay within the lengths the form allows.
ALTER TABLE "AgreedLevel" ADD CONSTRAINT "AgreedLevel_agreedWith_check" CHECK (char_length("agreedWith") <= 120);
ALTER TABLE "AgreedLevel" ADD CONSTRAINT "AgreedLevel_note_check" CHECK (char_length("note") <= 500);
