-- AlterTable
ALTER TABLE "Archetype" ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ArchetypeLevel" (
    "archetypeId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,

    CONSTRAINT "ArchetypeLevel_pkey" PRIMARY KEY ("archetypeId","itemId")
);

-- AddForeignKey
ALTER TABLE "ArchetypeLevel" ADD CONSTRAINT "ArchetypeLevel_archetypeId_fkey" FOREIGN KEY ("archetypeId") REFERENCES "Archetype"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchetypeLevel" ADD CONSTRAINT "ArchetypeLevel_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "FrameworkItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
