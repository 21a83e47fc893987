import 'server-only';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/data/db';
import { getCurrentVersionContent } from '@/lib/data/framework-version-content';
import { startOfDay } from '@/lib/domain/goals';
import { computeReadiness } from '@/lib/domain/readiness';
import type { HomeOverview } from '@/lib/domain/home';

const DUE_SOONEST = 3;

/** What the signed-in home page needs, in a fixed handful of queries whatever the history's length. */
export async function getHomeOverview(user: SessionUser, now = new Date()): Promise<HomeOverview> {
  const client = db();
  const today = startOfDay(now);
  const [latest, draft, account, dueSoonest, openCount, overdueCount] = await Promise.all([
    client.assessment.findMany({
      where: { userId: user.id, status: 'SUBMITTED' },
      orderBy: { submittedAt: 'desc' },
      take: 2,
      select: { id: true, submittedAt: true, answers: { select: { level: true, noOpportunity: true, targetLevel: true } } },
    }),
    client.assessment.findUnique({
      where: { draftOwnerId: user.id },
      select: { id: true, userId: true, createdAt: true, answers: { select: { level: true, noOpportunity: true, targetLevel: true } } },
    }),
    client.user.findUnique({ where: { id: user.id }, select: { nextReviewOn: true } }),
    client.goal.findMany({
      where: { userId: user.id, status: { in: ['NOT_STARTED', 'IN_PROGRESS'] } },
      orderBy: [{ targetDate: 'asc' }, { createdAt: 'asc' }],
      take: DUE_SOONEST,
      select: { id: true, itemKey: true, action: true, targetDate: true, status: true },
    }),
    client.goal.count({ where: { userId: user.id, status: { in: ['NOT_STARTED', 'IN_PROGRESS'] } } }),
    client.goal.count({ where: { userId: user.id, status: { in: ['NOT_STARTED', 'IN_PROGRESS'] }, targetDate: { lt: today } } }),
  ]);
  const [last, before] = latest;
  const doneSinceLast = last?.submittedAt
    ? await client.goal.count({ where: { userId: user.id, status: 'DONE', finishedAt: { gte: last.submittedAt } } })
    : 0;
  const titles = await itemTitles(dueSoonest.map((goal) => goal.itemKey));
  return {
    latest: last?.submittedAt
      ? {
          id: last.id,
          submittedAt: last.submittedAt,
          readiness: computeReadiness(last.answers),
          previousPercent: before ? computeReadiness(before.answers).percent : null,
        }
      : null,
    draft: draft && draft.userId === user.id ? { id: draft.id, createdAt: draft.createdAt, readiness: computeReadiness(draft.answers) } : null,
    chosenReviewDate: account?.nextReviewOn ?? null,
    dueSoonest: dueSoonest.map((goal) => ({ ...goal, itemTitle: titles.get(goal.itemKey) ?? goal.itemKey })),
    openGoals: openCount,
    overdueGoals: overdueCount,
    doneSinceLast,
  };
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
