import 'server-only';
import {
  calendarAccount,
  calendarAssessments,
  calendarFeedByToken,
  calendarGoals,
  ownCalendarFeed,
  ownCalendarSubject,
  type CalendarSubject,
  type Viewer,
} from '@/lib/data/access';
import { getCurrentVersionContent } from '@/lib/data/framework-version-content';
import { db } from '@/lib/db/db';
import type { CalendarSource } from '@/lib/domain/calendar';
import { OPEN_STATUSES } from '@/lib/domain/vocabulary';
import { hashLinkToken, newLinkToken } from '@/lib/security/link-token';

export type CalendarFeedStatus = { createdAt: Date } | null;

export async function getCalendarFeedStatus(viewer: Viewer): Promise<CalendarFeedStatus> {
  return db().calendarFeed.findUnique({ where: ownCalendarFeed(viewer), select: { createdAt: true } });
}

/**
 * Turns the viewer's feed on, or gives it a new address: the token is returned
 * once, and only its hash is kept, so the old address stops working at once.
 */
export async function replaceCalendarFeed(viewer: Viewer, now = new Date()): Promise<{ token: string; replaced: boolean }> {
  const token = newLinkToken();
  const tokenHash = hashLinkToken(token);
  const previous = await getCalendarFeedStatus(viewer);
  await db().calendarFeed.upsert({
    where: ownCalendarFeed(viewer),
    create: { ...ownCalendarFeed(viewer), tokenHash, createdAt: now },
    update: { tokenHash, createdAt: now },
  });
  return { token, replaced: previous !== null };
}

/** True when the viewer had a feed and it is now off (turning it off twice changes nothing). */
export async function turnOffCalendarFeed(viewer: Viewer): Promise<boolean> {
  const { count } = await db().calendarFeed.deleteMany({ where: ownCalendarFeed(viewer) });
  return count > 0;
}

/** What the feed at this token shows; null for a token that names no feed (never issued, replaced or turned off). */
export async function getCalendarSourceByToken(token: string): Promise<CalendarSource | null> {
  const feed = await db().calendarFeed.findUnique({ where: calendarFeedByToken(hashLinkToken(token)), select: { id: true, userId: true } });
  if (!feed) return null;
  return readCalendarSource({ subjectId: feed.userId }, feed.id);
}

/** The same events for a one-off download by the signed-in viewer, whether or not they have a feed. */
export async function getOwnCalendarSource(viewer: Viewer): Promise<CalendarSource> {
  const feed = await db().calendarFeed.findUnique({ where: ownCalendarFeed(viewer), select: { id: true } });
  // Without a feed the events still need stable ids across downloads: the account's own id serves.
  return readCalendarSource(ownCalendarSubject(viewer), feed?.id ?? viewer.id);
}

async function readCalendarSource(subject: CalendarSubject, feedId: string): Promise<CalendarSource> {
  const client = db();
  const [account, lastSubmitted, goals, version] = await Promise.all([
    client.user.findUnique({ where: calendarAccount(subject), select: { nextReviewOn: true } }),
    client.assessment.findFirst({
      where: { ...calendarAssessments(subject), status: 'SUBMITTED' },
      orderBy: { submittedAt: 'desc' },
      select: { submittedAt: true },
    }),
    client.goal.findMany({
      where: { ...calendarGoals(subject), status: { in: [...OPEN_STATUSES] } },
      orderBy: [{ targetDate: 'asc' }, { id: 'asc' }],
      select: { id: true, action: true, successMeasure: true, itemKey: true, targetDate: true },
    }),
    getCurrentVersionContent(),
  ]);
  const titles = new Map((version?.sections ?? []).flatMap((section) => section.items.map((item) => [item.key, item.title] as const)));
  return {
    feedId,
    chosenReviewDate: account?.nextReviewOn ?? null,
    lastSubmittedAt: lastSubmitted?.submittedAt ?? null,
    openGoals: goals.map(({ itemKey, ...goal }) => ({ ...goal, itemTitle: titles.get(itemKey) ?? itemKey })),
  };
}
