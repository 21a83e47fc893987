import 'server-only';
import { sumReadinessByAssessment } from '@/lib/data/assessments';
import { ownAccount, ownAssessmentsSql, ownDraftSql, ownGoals, ownGoalsSql, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import { getCurrentVersionContent } from '@/lib/data/framework-version-content';
import { startOfDay } from '@/lib/domain/goals';
import { readinessFromSections } from '@/lib/domain/readiness';
import { getReadinessItems } from '@/lib/data/progress';
import { describeCommonCoverage, readinessOverCommonItems, type ReadinessItem } from '@/lib/domain/compare';
import { describeMeasureDifference } from '@/lib/domain/targets';
import type { HomeOverview } from '@/lib/domain/home';
import { Prisma } from '@/lib/generated/prisma/client';
import { OPEN_STATUSES } from '@/lib/domain/vocabulary';
import { z } from 'zod';

const DUE_SOONEST = 3;

/**
 * What the signed-in home page needs, in a fixed handful of statements
 * whatever the history's length: the assessments it shows, their readiness
 * (kept per process once submitted), the review date, the goals due soonest
 * and the goal counts.
 */
export async function getHomeOverview(viewer: Viewer, now = new Date()): Promise<HomeOverview> {
  const client = db();
  const [assessments, account, dueSoonest, counts] = await Promise.all([
    findHomeAssessments(viewer),
    client.user.findUnique({ where: ownAccount(viewer), select: { nextReviewOn: true } }),
    client.goal.findMany({
      where: { ...ownGoals(viewer), status: { in: [...OPEN_STATUSES] } },
      orderBy: [{ targetDate: 'asc' }, { createdAt: 'asc' }],
      take: DUE_SOONEST,
      select: { id: true, itemKey: true, action: true, targetDate: true, status: true },
    }),
    countGoals(viewer, startOfDay(now)),
  ]);
  const [last, before] = assessments.filter((assessment) => assessment.status === 'SUBMITTED');
  const [totals, titles, items] = await Promise.all([
    sumReadinessByAssessment(viewer, assessments),
    itemTitles(dueSoonest.map((goal) => goal.itemKey)),
    // The change since the previous assessment is read over the items rated in both.
    last && before ? getReadinessItems(viewer, [last, before]) : new Map<string, ReadinessItem[]>(),
  ]);
  const readinessOf = (id: string) => readinessFromSections(totals.get(id) ?? []);
  const draft = assessments.find((assessment) => assessment.status === 'DRAFT');
  const common = last && before ? readinessOverCommonItems(items.get(before.id) ?? [], items.get(last.id) ?? []) : null;
  return {
    latest: last?.submittedAt
      ? {
          id: last.id,
          submittedAt: last.submittedAt,
          measure: last.measure,
          readiness: readinessOf(last.id),
          change:
            common && before
              ? { previous: common.then, latest: common.now, coverage: describeCommonCoverage(common), measures: describeMeasureDifference(before.measure, last.measure) }
              : null,
        }
      : null,
    draft: draft ? { id: draft.id, createdAt: draft.createdAt, readiness: readinessOf(draft.id) } : null,
    chosenReviewDate: account?.nextReviewOn ?? null,
    dueSoonest: dueSoonest.map((goal) => ({ ...goal, itemTitle: titles.get(goal.itemKey) ?? goal.itemKey })),
    ...counts,
  };
}

const homeAssessmentSchema = z.object({
  id: z.string(),
  status: z.enum(['DRAFT', 'SUBMITTED']),
  createdAt: z.date(),
  submittedAt: z.date().nullable(),
  updatedAt: z.date(),
  measure: z.enum(['STEP_UP', 'IN_ROLE']).nullable(),
});

/** The user's last two submitted assessments, newest first, and their draft if they have one, in one statement. */
async function findHomeAssessments(viewer: Viewer) {
  return z.array(homeAssessmentSchema).parse(
    await db().$queryRaw<unknown[]>`
      SELECT * FROM (
        (SELECT id, status::text, "createdAt", "submittedAt", "updatedAt", measure::text FROM "Assessment"
         WHERE ${ownAssessmentsSql(viewer)} AND status = 'SUBMITTED'
         ORDER BY "submittedAt" DESC
         LIMIT 2)
        UNION ALL
        (SELECT id, status::text, "createdAt", "submittedAt", "updatedAt", measure::text FROM "Assessment"
         WHERE ${ownDraftSql(viewer)} AND ${ownAssessmentsSql(viewer)})
      ) chosen
      ORDER BY "submittedAt" DESC NULLS LAST`,
  );
}

const goalCountsSchema = z.object({ openGoals: z.number().int(), overdueGoals: z.number().int(), doneSinceLast: z.number().int() });

/** Open and overdue goals, and goals done since the last submitted assessment (none before the first), in one statement. */
async function countGoals(viewer: Viewer, today: Date) {
  const open = Prisma.sql`status::text IN (${Prisma.join(OPEN_STATUSES)})`;
  const [counts] = z.array(goalCountsSchema).parse(
    await db().$queryRaw<unknown[]>`
      SELECT
        (count(*) FILTER (WHERE ${open}))::int AS "openGoals",
        (count(*) FILTER (WHERE ${open} AND "targetDate" < ${today}))::int AS "overdueGoals",
        (count(*) FILTER (WHERE status = 'DONE' AND "finishedAt" >= (
          SELECT max("submittedAt") FROM "Assessment" WHERE ${ownAssessmentsSql(viewer)} AND status = 'SUBMITTED'
        )))::int AS "doneSinceLast"
      FROM "Goal"
      WHERE ${ownGoalsSql(viewer)}`,
  );
  return counts!;
}

/** Item titles by key, from the current framework. */
async function itemTitles(keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const version = await getCurrentVersionContent();
  const wanted = new Set(keys);
  return new Map(
    (version?.sections ?? []).flatMap((section) => section.items.filter((item) => wanted.has(item.key)).map((item) => [item.key, item.title] as const)),
  );
}
