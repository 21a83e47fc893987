import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyMigrations, diffSchemaAgainstMigrations, readMigrationList } from '@/lib/db/migrations';

describe('migrations', () => {
  test('schema.prisma and the committed migrations agree (no drift)', async () => {
    const shadow = new PGlite();
    try {
      const drift = await diffSchemaAgainstMigrations(new PrismaPGlite(shadow));
      // When this fails, run `npm run db:migration -- <name>` and commit the result.
      expect(drift).toBeNull();
    } finally {
      await shadow.close();
    }
  });

  test('apply every migration once, record them as Prisma does, and apply nothing the second time', async () => {
    const database = new PGlite();
    try {
      const { migrationDirectories } = await readMigrationList();
      const names = migrationDirectories.map((directory) => directory.path);
      expect(names.length).toBeGreaterThan(0);

      expect(await applyMigrations(new PrismaPGlite(database))).toEqual(names);
      expect(await applyMigrations(new PrismaPGlite(database))).toEqual([]);

      const recorded = await database.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(recorded.rows.map((row) => row.migration_name)).toEqual(names);
      for (const row of recorded.rows) {
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.finished_at).not.toBeNull();
      }
    } finally {
      await database.close();
    }
  });
});

describe('the migration that names an assessment’s subject and each answer’s author', () => {
  const NAME = '20261203172945_assessment_subject_and_author';

  // Replays the migrations before it, writes data as the app did then, and then runs it.
  async function databaseHoldingData() {
    const database = new PGlite();
    const { migrationDirectories } = await readMigrationList();
    const index = migrationDirectories.findIndex((directory) => directory.path === NAME);
    expect(index).toBeGreaterThan(0);
    for (const directory of migrationDirectories.slice(0, index)) await database.exec(directory.migrationFile.content.value);
    await database.exec(`
      INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'one@example.com', now()), ('u2', 'two@example.com', now());
      INSERT INTO "FrameworkVersion" (id, number, "contentHash", name, introduction, "archetypeLine") VALUES ('v1', 1, 'h', 'Head of Engineering', 'Intro', 'Archetypes');
      INSERT INTO "FrameworkSection" (id, "frameworkVersionId", key, title, summary, position) VALUES ('s1', 'v1', 'skills', 'Skills', 'Summary', 1);
      INSERT INTO "FrameworkItem" (id, "frameworkVersionId", "sectionId", key, title, description, "expectedLevel", position)
        VALUES ('i1', 'v1', 's1', 'managing-managers', 'Managing Managers', 'Description', 4, 1);
      INSERT INTO "Assessment" (id, "userId", "frameworkVersionId", status, "submittedAt", "updatedAt") VALUES ('a1', 'u1', 'v1', 'SUBMITTED', now(), now());
      INSERT INTO "Assessment" (id, "userId", "frameworkVersionId", status, "draftOwnerId", "updatedAt") VALUES ('a2', 'u2', 'v1', 'DRAFT', 'u2', now());
      INSERT INTO "AssessmentAnswer" (id, "assessmentId", "itemId", level, "targetLevel", evidence, revision, "updatedAt")
        VALUES ('r1', 'a1', 'i1', 3, 4, 'Kept word for word', 2, now()), ('r2', 'a2', 'i1', NULL, 4, '', 0, now());
    `);
    await database.exec(migrationDirectories[index]!.migrationFile.content.value);
    return database;
  }

  let database: PGlite;
  beforeAll(async () => {
    database = await databaseHoldingData();
  });
  afterAll(() => database.close());

  test('keeps every assessment’s person as its subject and makes them the author of its answers', async () => {
    const assessments = await database.query<{ id: string; subjectId: string; draftOwnerId: string | null }>(
      'SELECT id, "subjectId", "draftOwnerId" FROM "Assessment" ORDER BY id',
    );
    expect(assessments.rows).toEqual([
      { id: 'a1', subjectId: 'u1', draftOwnerId: null },
      { id: 'a2', subjectId: 'u2', draftOwnerId: 'u2' },
    ]);
    const answers = await database.query<{ id: string; authorId: string; level: number | null; evidence: string; revision: number }>(
      'SELECT id, "authorId", level, evidence, revision FROM "AssessmentAnswer" ORDER BY id',
    );
    expect(answers.rows).toEqual([
      { id: 'r1', authorId: 'u1', level: 3, evidence: 'Kept word for word', revision: 2 },
      { id: 'r2', authorId: 'u2', level: null, evidence: '', revision: 0 },
    ]);
  });

  test.each([
    ['a level of 0', `UPDATE "AssessmentAnswer" SET level = 0 WHERE id = 'r1'`, 'AssessmentAnswer_level_check'],
    ['a negative revision', `UPDATE "AssessmentAnswer" SET revision = -1 WHERE id = 'r1'`, 'AssessmentAnswer_revision_check'],
    ['a level and "no opportunity" at once', `UPDATE "AssessmentAnswer" SET "noOpportunity" = true WHERE id = 'r1'`, 'AssessmentAnswer_no_opportunity_check'],
    ['a draft held by someone other than its subject', `UPDATE "Assessment" SET "draftOwnerId" = 'u1' WHERE id = 'a2'`, 'Assessment_draft_owner_check'],
    ['a second answer by the same author on the same item', `INSERT INTO "AssessmentAnswer" (id, "assessmentId", "itemId", "authorId", "targetLevel", "updatedAt") VALUES ('r3', 'a1', 'i1', 'u1', 4, now())`, 'AssessmentAnswer_assessmentId_itemId_authorId_key'],
  ])('the database refuses %s', async (_what, statement, constraint) => {
    // A refused statement changes nothing, so the cases can share one database.
    await expect(database.exec(statement)).rejects.toThrow(constraint);
  });
});
