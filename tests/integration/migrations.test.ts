import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyMigrations, diffSchemaAgainstMigrations, readMigrationList } from '@/lib/db/migrations';

// Replays the migrations before `name`, writes `data` as the app did then, and then runs `name`.
async function replayWithData(name: string, data: string): Promise<PGlite> {
  const database = new PGlite();
  const { migrationDirectories } = await readMigrationList();
  const index = migrationDirectories.findIndex((directory) => directory.path === name);
  expect(index).toBeGreaterThan(0);
  for (const directory of migrationDirectories.slice(0, index)) await database.exec(directory.migrationFile.content.value);
  await database.exec(data);
  await database.exec(migrationDirectories[index]!.migrationFile.content.value);
  return database;
}

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

  test('no comment in a migration holds a semicolon, which the Postgres adapter would take for the end of a statement', async () => {
    const { migrationDirectories } = await readMigrationList();
    const found = migrationDirectories.flatMap((directory) =>
      directory.migrationFile.content.value.split('\n').flatMap((line, index) => (/^\s*--.*;/.test(line) ? [`${directory.path}:${index + 1}`] : [])),
    );
    expect(found).toEqual([]);
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

  async function databaseHoldingData() {
    return replayWithData(NAME, `
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

describe('the migration that holds the framework’s and the counters’ invariants', () => {
  let database: PGlite;
  beforeAll(async () => {
    database = await replayWithData(
      '20261203215800_framework_and_count_invariants',
      `
      INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'one@example.com', now());
      INSERT INTO "FrameworkVersion" (id, number, "contentHash", name, introduction, "archetypeLine") VALUES ('v1', 1, 'h', 'Head of Engineering', 'Intro', 'Archetypes');
      INSERT INTO "FrameworkSection" (id, "frameworkVersionId", key, title, summary, position, weight) VALUES ('s1', 'v1', 'skills', 'Skills', 'Summary', 0, 1);
      INSERT INTO "FrameworkItem" (id, "frameworkVersionId", "sectionId", key, title, description, "expectedLevel", "stepUpLevel", position)
        VALUES ('i1', 'v1', 's1', 'managing-managers', 'Managing Managers', 'Description', 4, 3, 0);
      INSERT INTO "RatingLevel" (id, "frameworkVersionId", level, name, summary) VALUES ('l1', 'v1', 1, 'Not yet', 'Summary');
      INSERT INTO "Goal" (id, "userId", "itemKey", action, "successMeasure", "targetDate", status, "finishedAt", "updatedAt")
        VALUES ('g1', 'u1', 'managing-managers', 'Act', 'Measure', '2027-01-31', 'DONE', NULL, '2026-12-01T10:00:00Z'),
               ('g2', 'u1', 'managing-managers', 'Act', 'Measure', '2027-01-31', 'IN_PROGRESS', '2026-12-01T10:00:00Z', now());
      INSERT INTO "RateLimit" (key, attempts, "windowStartedAt") VALUES ('k', 2, now());
    `,
    );
  });
  afterAll(() => database.close());

  test('brings a goal’s finish date in line with its status, keeping everything else', async () => {
    const goals = await database.query<{ id: string; status: string; finishedAt: Date | null }>('SELECT id, status, "finishedAt" FROM "Goal" ORDER BY id');
    expect(goals.rows).toEqual([
      { id: 'g1', status: 'DONE', finishedAt: new Date('2026-12-01T10:00:00Z') },
      { id: 'g2', status: 'IN_PROGRESS', finishedAt: null },
    ]);
  });

  test.each([
    ['a rating level of 0', `UPDATE "RatingLevel" SET level = 0`, 'RatingLevel_level_check'],
    ['a descriptor below level 1', `INSERT INTO "LevelDescriptor" (id, "itemId", level, text) VALUES ('d0', 'i1', 0, 'Text')`, 'LevelDescriptor_level_check'],
    ['a step-up target above the in-role one', `UPDATE "FrameworkItem" SET "stepUpLevel" = 5`, 'FrameworkItem_stepUpLevel_check'],
    ['an in-role target of 0', `UPDATE "FrameworkItem" SET "expectedLevel" = 0, "stepUpLevel" = NULL`, 'FrameworkItem_expectedLevel_check'],
    ['a section weighing nothing', `UPDATE "FrameworkSection" SET weight = 0`, 'FrameworkSection_weight_check'],
    ['a negative position', `UPDATE "FrameworkItem" SET position = -1`, 'FrameworkItem_position_check'],
    ['a version numbered 0', `UPDATE "FrameworkVersion" SET number = 0`, 'FrameworkVersion_number_check'],
    ['a negative attempt count', `UPDATE "RateLimit" SET attempts = -1`, 'RateLimit_attempts_check'],
    ['a done goal without a finish date', `UPDATE "Goal" SET "finishedAt" = NULL WHERE id = 'g1'`, 'Goal_finishedAt_check'],
    ['an open goal with a finish date', `UPDATE "Goal" SET "finishedAt" = now() WHERE id = 'g2'`, 'Goal_finishedAt_check'],
  ])('the database refuses %s', async (_what, statement, constraint) => {
    await expect(database.exec(statement)).rejects.toThrow(constraint);
  });
});
