// The calendar feed end to end on a real database: the account page's
// actions turn it on, replace and turn it off; the feed's route answers with a
// calendar only for a live token; the download holds the signed-in user's
// dates alone. Calendars are read back with an independent parser.
import { describe, expect, test, vi } from 'vitest';
import { issueCalendarFeed, turnOffCalendarFeedAction } from '@/app/(app)/account/actions';
import { GET as feedRoute } from '@/app/(app)/calendar/[token]/route';
import { GET as downloadRoute } from '@/app/(app)/plan/calendar.ics/route';
import { setGoalStatusAction } from '@/app/(app)/plan/actions';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { createGoal } from '@/lib/data/goals';
import { db } from '@/lib/db/db';
import { answerSchema } from '@/lib/validation/assessment';
import { createGoalSchema } from '@/lib/validation/goal';
import { asViewer, asVisitor, form, signedInBrowser, within } from '../support/action-request';
import { parseCalendar } from '../support/calendar-parse';
import { seedUser } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

type User = Awaited<ReturnType<typeof seedUser>>;
const IDLE = { ok: true } as const;
const ORIGIN = 'http://headway.test';

async function goalOf(user: User, action: string, targetDate: string) {
  const outcome = await createGoal(
    user,
    createGoalSchema.parse({ itemKey: 'managing-managers', action, successMeasure: 'Both leads run one alone', targetDate, resourceKeys: [], customTitle: [''], customUrl: [''] }),
  );
  if (outcome.kind !== 'saved') throw new Error('goalOf: not saved');
  return outcome.goalId;
}

async function submitOne(user: User) {
  const { assessmentId } = (await startAssessment(user, 'blank'))!;
  const assessment = (await getAssessment(user, assessmentId))!;
  const item = assessment.frameworkVersion.sections[0]!.items[0]!;
  await saveAnswer(user, answerSchema.parse({ assessmentId, itemId: item.id, baseRevision: 0, level: 3, noOpportunity: false, targetLevel: 4, confidence: 'LOW', evidence: 'Ran calibration' }));
  await submitAssessment(user, assessmentId, assessment.frameworkVersion.sections.flatMap((section) => section.items.map((entry) => entry.key)));
  return (await db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { submittedAt: true } })).submittedAt!;
}

async function issue(user: User) {
  const result = await asViewer(user, () => issueCalendarFeed(IDLE, form({})));
  if (!result.ok || !result.data) throw new Error(`issueCalendarFeed refused: ${result.message}`);
  return result.data.path;
}

const fetchFeed = (path: string) => feedRoute(new Request(`${ORIGIN}${path}`), { params: Promise.resolve({ token: path.replace('/calendar/', '') }) });

describe('the calendar feed', () => {
  test('shows the review date and open goals, soonest first, each linking back; finished goals drop out', async () => {
    const user = await seedUser('Priya Shah');
    const submittedAt = await submitOne(user);
    const coach = await goalOf(user, 'Coach two leads through hiring', '2027-05-31');
    const skip = await goalOf(user, 'Run a skip-level round', '2027-02-15');
    const done = await goalOf(user, 'Write the team charter', '2027-01-10');
    expect(await asViewer(user, () => setGoalStatusAction(IDLE, form({ goalId: done, status: 'DONE' })))).toMatchObject({ ok: true });

    const path = await issue(user);
    const response = await fetchFeed(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const { events } = parseCalendar(await response.text());
    const review = new Date(Date.UTC(submittedAt.getUTCFullYear(), submittedAt.getUTCMonth() + 3, 1));
    expect(events.map(({ summary, date, url }) => ({ summary, date, url }))).toEqual([
      expect.objectContaining({ summary: 'Headway review: take your next assessment', url: `${ORIGIN}/assess` }),
      { summary: 'Goal due: Run a skip-level round', date: '2027-02-15', url: `${ORIGIN}/plan#goal-${skip}` },
      { summary: 'Goal due: Coach two leads through hiring', date: '2027-05-31', url: `${ORIGIN}/plan#goal-${coach}` },
    ]);
    expect(events[0]!.date?.slice(0, 7)).toBe(review.toISOString().slice(0, 7));
    expect(new Set(events.map((event) => event.uid)).size).toBe(3);
    expect(events.every((event) => event.stamp !== null)).toBe(true);
  });

  test('its token is shown once and stored only as a hash; replacing it or turning it off closes the old address', async () => {
    const user = await seedUser();
    await goalOf(user, 'Run a skip-level round', '2027-02-15');
    const first = await issue(user);
    const token = first.replace('/calendar/', '');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db().calendarFeed.findUniqueOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const replaced = await asViewer(user, () => issueCalendarFeed(IDLE, form({})));
    expect(replaced).toMatchObject({ ok: true, message: 'New feed address made: the old one no longer works.' });
    const second = replaced.ok ? replaced.data!.path : '';
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    expect(await asViewer(user, () => turnOffCalendarFeedAction(IDLE, form({})))).toEqual({ ok: true, message: 'Calendar feed turned off: its address no longer works.' });
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await asViewer(user, () => turnOffCalendarFeedAction(IDLE, form({})))).toEqual({ ok: false, reason: 'not-found', message: 'Your calendar feed is already off.' });
    const events = await db().auditEvent.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' }, select: { type: true } });
    expect(events.map((event) => event.type).filter((type) => type.startsWith('CALENDAR'))).toEqual(['CALENDAR_FEED_ISSUED', 'CALENDAR_FEED_ISSUED', 'CALENDAR_FEED_TURNED_OFF']);
  });

  test.each([
    ['made up', 'x'.repeat(43)],
    ['too short', 'abc'],
    ['not base64url', `${'x'.repeat(42)}!`],
    ['empty', ''],
  ])('a %s token answers 404 and says nothing more', async (_what, token) => {
    const response = await feedRoute(new Request(`${ORIGIN}/calendar/x`), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found.');
  });

  test('the actions take no fields: anything posted with them is refused and changes nothing', async () => {
    const [user, other] = [await seedUser(), await seedUser()];
    const theirs = await issue(other);
    expect(await asViewer(user, () => issueCalendarFeed(IDLE, form({ userId: other.id })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await asViewer(user, () => turnOffCalendarFeedAction(IDLE, form({ userId: other.id })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await asViewer(user, () => turnOffCalendarFeedAction(IDLE, form({})))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await db().calendarFeed.count({ where: { userId: user.id } })).toBe(0);
    expect((await fetchFeed(theirs)).status).toBe(200);
  });

  test('one person’s feed and download never hold another’s goals', async () => {
    const [user, other] = [await seedUser(), await seedUser()];
    await goalOf(user, 'Mine: coach the leads', '2027-03-01');
    await goalOf(other, 'Theirs: private goal', '2027-03-02');
    const mine = parseCalendar(await (await fetchFeed(await issue(user))).text());
    expect(mine.events.map((event) => event.summary)).toEqual(['Goal due: Mine: coach the leads']);

    const here = await signedInBrowser(user);
    const download = await within(here, () => downloadRoute(new Request(`${ORIGIN}/plan/calendar.ics`)));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="headway-calendar.ics"');
    const downloaded = parseCalendar(await download.text());
    expect(downloaded.events.map((event) => event.summary)).toEqual(['Goal due: Mine: coach the leads']);
    // The same events, with the same ids, as the feed: a calendar that has both does not double them.
    expect(downloaded.events.map((event) => event.uid)).toEqual(mine.events.map((event) => event.uid));
  });

  test('the download needs a session', async () => {
    const response = await asVisitor(() => downloadRoute(new Request(`${ORIGIN}/plan/calendar.ics`)));
    expect(response.status).toBe(401);
  });
});
