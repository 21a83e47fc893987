// Growth data in bulk: set-based SQL on the migrated database, so ten thousand
// users and a thousand assessments take seconds, not thousands of requests.
import { hash } from '@node-rs/argon2';

export type Sql = { query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }> };

export const FILLER_USERS = 10_000;
export const GROWTH_STEPS = [1, 10, 100, 1000] as const;
export type GrowthStep = (typeof GROWTH_STEPS)[number];
/** The user whose pages the load table measures. */
export const MAIN_STEP: GrowthStep = 10;
export const BENCH_PASSWORD = 'quartz lantern orbit meadow 42';

export type GrowthUser = {
  assessments: GrowthStep;
  email: string;
  /** The newest submitted assessment: the gap view and the exports. */
  newestId: string;
  /** The one before it (the newest again for a user with one): compare. */
  previousId: string;
  draftId: string;
};

const growthId = (step: number) => `bench-growth-${step}`;

/**
 * Others who rated each growth user's newest assessment, all submitted: a
 * manager, a mentor and peers, the most a subject may invite. The same at
 * every step, so that growth from 1 to 1,000 assessments measures history
 * alone.
 */
export const RATERS = 20;

/** The main user's previous assessment has one rater, so the others' view's statements can be compared across 1 and 20 raters for one user. */
export const PREVIOUS_RATERS = 1;

export async function seedGrowthData(sql: Sql): Promise<GrowthUser[]> {
  const passwordHash = await hash(BENCH_PASSWORD);
  const version = `(SELECT id FROM "FrameworkVersion" ORDER BY number DESC LIMIT 1)`;

  // The growth users are part of the ten thousand; the rest have one assessment each.
  await sql.query(
    `INSERT INTO "User" (id, email, name, "updatedAt")
     SELECT 'bench-user-' || g, 'bench-user-' || g || '@example.com', 'Bench user ' || g, now()
     FROM generate_series(1, ${FILLER_USERS - GROWTH_STEPS.length}) AS g`,
  );
  for (const step of GROWTH_STEPS) {
    await sql.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
      growthId(step),
      `growth-${step}@bench.example`,
      `Growth ${step}`,
      passwordHash,
    ]);
  }

  await sql.query(
    `INSERT INTO "Assessment" (id, "subjectId", "frameworkVersionId", status, "createdAt", "updatedAt", "submittedAt")
     SELECT 'bench-a-' || u.id, u.id, ${version}, 'SUBMITTED'::"AssessmentStatus", now() - interval '30 days', now(), now() - interval '29 days'
     FROM "User" u WHERE u.id LIKE 'bench-user-%'`,
  );
  for (const step of GROWTH_STEPS) {
    // One a week back in time, newest first; submitted a day after it was started.
    await sql.query(
      `INSERT INTO "Assessment" (id, "subjectId", "frameworkVersionId", status, "createdAt", "updatedAt", "submittedAt")
       SELECT $1 || '-' || g, $1, ${version}, 'SUBMITTED'::"AssessmentStatus",
              now() - g * interval '7 days', now(), now() - g * interval '7 days' + interval '1 day'
       FROM generate_series(1, ${step}) AS g`,
      [growthId(step)],
    );
    await sql.query(
      `INSERT INTO "Assessment" (id, "subjectId", "frameworkVersionId", status, "draftOwnerId", "createdAt", "updatedAt")
       VALUES ($1 || '-draft', $1, ${version}, 'DRAFT'::"AssessmentStatus", $1, now(), now())`,
      [growthId(step)],
    );
  }

  // Eleven answers per assessment, with levels and evidence that vary. Drafts
  // are blank but the main user's, rated in full: a draft's PDF is never
  // cached, so it is the benchmark's cache miss (measure-backend.ts).
  await sql.query(
    `INSERT INTO "AssessmentAnswer" (id, "assessmentId", "itemId", "authorId", level, "targetLevel", confidence, evidence, revision, "updatedAt")
     SELECT a.id || '-' || i.key, a.id, i.id, a."subjectId",
            CASE WHEN blank THEN NULL ELSE 1 + abs(hashtext(a.id || i.key)) % 5 END,
            i."expectedLevel", 'MEDIUM'::"Confidence",
            CASE WHEN blank THEN '' ELSE 'Led the quarterly planning for ' || i.title || ' with three teams; wrote up what changed and why.' END,
            1, now()
     FROM "Assessment" a JOIN "FrameworkItem" i ON i."frameworkVersionId" = a."frameworkVersionId",
          LATERAL (SELECT a.status = 'DRAFT' AND a.id <> $1 AS blank) AS draft
     WHERE a.id LIKE 'bench-%'`,
    [`${growthId(MAIN_STEP)}-draft`],
  );
  for (const step of GROWTH_STEPS) await seedRaters(sql, growthId(step), RATERS, 'newest');
  await seedRaters(sql, growthId(MAIN_STEP), PREVIOUS_RATERS, 'previous');
  await sql.query('ANALYZE');

  const users: GrowthUser[] = [];
  for (const step of GROWTH_STEPS) {
    const { rows } = await sql.query(
      `SELECT id FROM "Assessment" WHERE "subjectId" = $1 AND status = 'SUBMITTED' ORDER BY "submittedAt" DESC LIMIT 2`,
      [growthId(step)],
    );
    const ids = (rows as { id: string }[]).map((row) => row.id);
    const newestId = ids[0];
    if (!newestId) throw new Error(`Seeding left ${growthId(step)} without assessments`);
    users.push({ assessments: step, email: `growth-${step}@bench.example`, newestId, previousId: ids[1] ?? newestId, draftId: `${growthId(step)}-draft` });
  }
  return users;
}

async function seedRaters(sql: Sql, subjectId: string, raters: number, which: 'newest' | 'previous'): Promise<void> {
  const rated = `(SELECT id FROM "Assessment" WHERE "subjectId" = $1 AND status = 'SUBMITTED' ORDER BY "submittedAt" DESC LIMIT 1 OFFSET ${which === 'newest' ? 0 : 1})`;
  const prefix = `${subjectId}-${which}-rater-`;
  // Filler users rate: rater g is bench-user-g, as manager (1), mentor (2) or peer.
  await sql.query(
    `INSERT INTO "Invitation" (id, "assessmentId", role, "tokenHash", state, "raterId", "overallComment", "expiresAt", "updatedAt", "acceptedAt", "submittedAt")
     SELECT $2 || g, ${rated},
            (CASE g WHEN 1 THEN 'MANAGER' WHEN 2 THEN 'MENTOR' ELSE 'PEER' END)::"RaterRole",
            md5($2 || g), 'SUBMITTED'::"InvitationState", 'bench-user-' || g,
            'Clear on direction; could delegate more of the cross-team planning.', now() + interval '14 days', now(), now() - interval '3 days', now() - interval '2 days'
     FROM generate_series(1, ${raters}) AS g`,
    [subjectId, prefix],
  );
  await sql.query(
    `INSERT INTO "AssessmentAnswer" (id, "assessmentId", "itemId", "authorId", "invitationId", level, "targetLevel", evidence, revision, "updatedAt")
     SELECT inv.id || '-' || i.key, inv."assessmentId", i.id, inv."raterId", inv.id, 1 + abs(hashtext(inv.id || i.key)) % 5, i."expectedLevel",
            'Saw this in the last planning round: ' || i.title || '.', 1, now()
     FROM "Invitation" inv
     JOIN "Assessment" a ON a.id = inv."assessmentId"
     JOIN "FrameworkItem" i ON i."frameworkVersionId" = a."frameworkVersionId"
     WHERE inv.id LIKE $1 || '%'`,
    [prefix],
  );
}

/** Row counts, to print with the table: proof of what the figures were measured on. */
export async function countRows(sql: Sql): Promise<{ users: number; assessments: number; answers: number }> {
  const { rows } = await sql.query(
    `SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "Assessment")::int AS assessments,
            (SELECT count(*) FROM "AssessmentAnswer")::int AS answers`,
  );
  return rows[0] as { users: number; assessments: number; answers: number };
}
