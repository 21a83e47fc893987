-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('BOOK', 'PROGRAMME');

-- CreateTable
CREATE TABLE "FrameworkVersion" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "introduction" TEXT NOT NULL,
    "archetypeLine" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkSection" (
    "id" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "FrameworkSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkItem" (
    "id" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "expectedLevel" INTEGER NOT NULL,

    CONSTRAINT "FrameworkItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingLevel" (
    "id" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "RatingLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LevelDescriptor" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "LevelDescriptor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceItem" (
    "resourceId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "how" TEXT NOT NULL,

    CONSTRAINT "ResourceItem_pkey" PRIMARY KEY ("resourceId","itemId")
);

-- CreateTable
CREATE TABLE "Archetype" (
    "id" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Archetype_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkVersion_number_key" ON "FrameworkVersion"("number");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkVersion_contentHash_key" ON "FrameworkVersion"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkSection_frameworkVersionId_key_key" ON "FrameworkSection"("frameworkVersionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkSection_frameworkVersionId_position_key" ON "FrameworkSection"("frameworkVersionId", "position");

-- CreateIndex
CREATE INDEX "FrameworkItem_sectionId_position_idx" ON "FrameworkItem"("sectionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkItem_frameworkVersionId_key_key" ON "FrameworkItem"("frameworkVersionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "RatingLevel_frameworkVersionId_level_key" ON "RatingLevel"("frameworkVersionId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "LevelDescriptor_itemId_level_key" ON "LevelDescriptor"("itemId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_frameworkVersionId_key_key" ON "Resource"("frameworkVersionId", "key");

-- CreateIndex
CREATE INDEX "ResourceItem_itemId_idx" ON "ResourceItem"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Archetype_frameworkVersionId_key_key" ON "Archetype"("frameworkVersionId", "key");

-- AddForeignKey
ALTER TABLE "FrameworkSection" ADD CONSTRAINT "FrameworkSection_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkItem" ADD CONSTRAINT "FrameworkItem_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkItem" ADD CONSTRAINT "FrameworkItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "FrameworkSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingLevel" ADD CONSTRAINT "RatingLevel_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelDescriptor" ADD CONSTRAINT "LevelDescriptor_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "FrameworkItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceItem" ADD CONSTRAINT "ResourceItem_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceItem" ADD CONSTRAINT "ResourceItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "FrameworkItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Archetype" ADD CONSTRAINT "Archetype_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
