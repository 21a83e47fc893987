// Email end to end on a real database and a real SMTP server: the queue
// (idempotent enqueue, single claim, retry with backoff, giving up), each
// kind of email as a mail client parses it (recipient, subject, both parts,
// links, unsubscribe headers), and unsubscribing by link without signing in.
import { afterAll, describe, expect, test, vi } from 'vitest';
import { saveEmailSettingsAction } from '@/app/(app)/account/actions';
import { createInvitationAction } from '@/app/(app)/assessments/[id]/others/actions';
import { unsubscribeAction } from '@/app/(app)/unsubscribe/actions';
import { GET as oneClickGet, POST as oneClickPost } from '@/app/(app)/unsubscribe/[token]/one-click/route';
import { startAssessment } from '@/lib/data/assessments';
import { claimEmailJobs, enqueueEmails, listFailedEmails, MAX_ATTEMPTS, RETRY_BASE_MS } from '@/lib/data/email-jobs';
import { createGoal } from '@/lib/data/goals';
import { exportAccountData } from '@/lib/data/users';
import { db } from '@/lib/db/db';
import { isoWeekday } from '@/lib/domain/email-schedule';
import { emailConfig } from '@/lib/email/config';
import { createMailTransport } from '@/lib/email/transport';
import { runEmailTick } from '@/lib/email/worker';
import { hashLinkToken } from '@/lib/security/link-token';
import { createGoalSchema } from '@/lib/validation/goal';
import { asViewer, asVisitor, form } from '../support/action-request';
import { rawHeader, sinkEnv, startSmtpSink, type Received } from '../support/smtp-sink';
import { seedUser } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

const ORIGIN = 'http://headway.test';
// Before the first read of the environment: the app reads it once.
const sink = await startSmtpSink();
Object.assign(process.env, sinkEnv(sink), { NEXTAUTH_URL: ORIGIN, NEXTAUTH_SECRET: 'integration-test-secret-0123456789-abcdefghij' });

afterAll(() => sink.close());

type User = Awaited<ReturnType<typeof seedUser>>;
const IDLE = { ok: true } as const;
const DAY = 24 * 60 * 60 * 1000;

const config = () => emailConfig()!;
let transport: ReturnType<typeof createMailTransport> | undefined;
const tick = (now = new Date(), worker = 'test-worker') => runEmailTick(config(), (transport ??= createMailTransport(config())), worker, () => now);
const to = (user: { email: string }) => sink.received.filter((message) => message.envelopeTo.includes(user.email));
const dayOf = (moment: Date, offsetDays = 0) => new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()) + offsetDays * DAY);
const isoDay = (moment: Date) => moment.toISOString().slice(0, 10);

async function goalOf(user: User, action: string, targetDate: Date) {
  const outcome = await createGoal(
    user,
    createGoalSchema.parse({ itemKey: 'managing-managers', action, successMeasure: 'It happened', targetDate: isoDay(targetDate), resourceKeys: [], customTitle: [''], customUrl: [''] }),
  );
  if (outcome.kind !== 'saved') throw new Error('goalOf: not saved');
  return outcome.goalId;
}

const oneClickUrl = (message: Received) => /^<(.+)>$/.exec(rawHeader(message, 'List-Unsubscribe'))?.[1] ?? '';
const tokenIn = (url: string) => /\/unsubscribe\/([^/]+)\/one-click$/.exec(url)?.[1] ?? '';
const postOneClick = (token: string, body = 'List-Unsubscribe=One-Click') =>
  oneClickPost(new Request(`${ORIGIN}/unsubscribe/${token}/one-click`, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), {
    params: Promise.resolve({ token }),
  });

async function settingsOf(user: User) {
  return db().user.findUniqueOrThrow({ where: { id: user.id }, select: { digestDay: true, reviewReminders: true } });
}

describe('the email queue', () => {
  test('enqueueing the same email twice keeps one job, and two claims never take the same job', async () => {
    const user = await seedUser();
    const keys = Array.from({ length: 6 }, (_, index) => `digest:${user.id}:test-${index}`);
    const jobs = keys.map((dedupeKey) => ({ kind: 'DIGEST' as const, userId: user.id, dedupeKey, payload: { day: '2026-12-04' }, runAfter: new Date(0) }));
    expect(await enqueueEmails(jobs)).toBe(6);
    expect(await enqueueEmails(jobs)).toBe(0);
    expect(await db().emailJob.count({ where: { userId: user.id } })).toBe(6);

    const [a, b] = await Promise.all([claimEmailJobs('worker-a', new Date(), 4), claimEmailJobs('worker-b', new Date(), 4)]);
    const claimed = [...a, ...b].map((job) => job.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    const mine = await db().emailJob.findMany({ where: { userId: user.id, state: 'SENDING' }, select: { id: true, lockedBy: true } });
    expect(mine.length).toBe(6);
    // Nothing else due: a third claim finds nothing until the leases run out.
    expect((await claimEmailJobs('worker-c', new Date())).filter((job) => job.userId === user.id)).toEqual([]);
    await db().emailJob.deleteMany({ where: { userId: user.id } });
  });

  test('a claim whose lease ran out (its instance stopped mid-send) is taken again, with the same Message-ID', async () => {
    const user = await seedUser('Lease Holder');
    await db().user.update({ where: { id: user.id }, data: { digestDay: isoWeekday(new Date()) } });
    const now = new Date();
    await enqueueEmails([{ kind: 'DIGEST', userId: user.id, dedupeKey: `digest:${user.id}:lease`, payload: { day: isoDay(now) }, runAfter: now }]);
    const stranded = (await claimEmailJobs('crashed-worker', now, 50)).filter((job) => job.userId === user.id);
    expect(stranded).toHaveLength(1);
    await tick(now);
    expect(to(user)).toHaveLength(1);
    await tick(new Date(now.getTime() + 6 * 60 * 1000));
    const sent = to(user);
    expect(sent).toHaveLength(2);
    const leased = sent.find((message) => message.mail.messageId === `<email-${stranded[0]!.id}@headway.test>`);
    expect(leased).toBeDefined();
  });
});

describe('the weekly digest', () => {
  test('goes to the user on their day with both parts, links back and one-click unsubscribe, once a week', async () => {
    const user = await seedUser('Priya <b>Shah</b>');
    const now = new Date();
    const today = dayOf(now);
    await db().user.update({ where: { id: user.id }, data: { digestDay: isoWeekday(now), nextReviewOn: dayOf(now, 40) } });
    const late = await goalOf(user, 'Write the <team> charter', dayOf(now, -3));
    const soon = await goalOf(user, 'Coach two leads through hiring', dayOf(now, 10));
    await goalOf(user, 'Run a skip-level round', dayOf(now, 30));
    await db().evidenceEntry.create({ data: { userId: user.id, occurredOn: dayOf(now, -2), text: 'Ran the calibration & wrote it up', itemKeys: ['managing-managers'] } });
    await db().evidenceEntry.create({ data: { userId: user.id, occurredOn: dayOf(now, -20), text: 'An old entry', itemKeys: ['managing-managers'] } });

    await tick(now);
    await tick(now);
    const [digest, ...more] = to(user);
    expect(more).toEqual([]);
    const { mail } = digest!;
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(user.email);
    expect(mail.from?.value).toEqual([{ name: 'Headway', address: 'headway@example.com' }]);
    expect(mail.subject).toBe('Your week in Headway: 1 goal overdue, 1 goal due soon');
    const text = mail.text ?? '';
    expect(text).toContain('Write the <team> charter');
    expect(text).toContain(`${ORIGIN}/plan#goal-${late}`);
    expect(text).toContain(`${ORIGIN}/plan#goal-${soon}`);
    expect(text).not.toContain('Run a skip-level round');
    expect(text).toContain('Ran the calibration & wrote it up (Managing Managers)');
    expect(text).not.toContain('An old entry');
    expect(text).toMatch(/Your next review\n-+\n\n\d{1,2} \w{3} \d{4}, the date you chose\./);
    const html = String(mail.html);
    expect(html).toContain('Write the &lt;team&gt; charter');
    expect(html).not.toContain('<team>');
    expect(html).toContain('Ran the calibration &amp; wrote it up');
    expect(html).toContain(`href="${ORIGIN}/plan#goal-${late}"`);
    const url = oneClickUrl(digest!);
    expect(url).toMatch(new RegExp(`^${ORIGIN}/unsubscribe/digest\\.${user.id}\\.[A-Za-z0-9_-]{43}/one-click$`));
    expect(rawHeader(digest!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(text).toContain(`Unsubscribe: ${ORIGIN}/unsubscribe/${tokenIn(url)}`);
    expect(mail.messageId).toMatch(/^<?email-[a-z0-9]+@headway\.test>?$/);
    expect(isoDay(today)).toBe(isoDay(now));
    if (process.env.EMAIL_SAMPLE_OUT) (await import('node:fs')).writeFileSync(process.env.EMAIL_SAMPLE_OUT, `Subject: ${mail.subject}\n\n${text}`);
  });

  test('is not sent on other days, nor to a user who has none', async () => {
    const user = await seedUser();
    const other = await seedUser();
    const now = new Date();
    await db().user.update({ where: { id: user.id }, data: { digestDay: (isoWeekday(now) % 7) + 1 } });
    await tick(now);
    expect(to(user)).toEqual([]);
    expect(to(other)).toEqual([]);
  });
});

describe('the review reminder', () => {
  test('goes a week before the review, once, and not to a user who turned it off', async () => {
    const [user, off] = [await seedUser(), await seedUser()];
    const now = new Date();
    const review = dayOf(now, 5);
    for (const each of [user, off]) await db().user.update({ where: { id: each.id }, data: { nextReviewOn: review } });
    await db().user.update({ where: { id: off.id }, data: { reviewReminders: false } });
    await tick(now);
    await tick(now);
    const [reminder, ...more] = to(user);
    expect(more).toEqual([]);
    expect(reminder!.mail.subject).toMatch(/^Your Headway review is on \d{1,2} \w{3} \d{4}$/);
    expect(reminder!.mail.text).toContain(`${ORIGIN}/assess`);
    expect(String(reminder!.mail.html)).toContain(`href="${ORIGIN}/assess"`);
    expect(oneClickUrl(reminder!)).toContain(`/unsubscribe/reminder.${user.id}.`);
    expect(to(off)).toEqual([]);
  });
});

describe('the invitation email', () => {
  test('emails the link to the address the EM gave; the job keeps the token only until it is sent', async () => {
    const subject = await seedUser('Dana Okafor');
    const { assessmentId } = (await startAssessment(subject, 'blank'))!;
    const address = `rater-${subject.id}@example.org`;
    const created = await asViewer(subject, () =>
      createInvitationAction(IDLE, form({ assessmentId, role: 'MENTOR', note: 'Be frank <please>', days: '14', email: address })),
    );
    expect(created).toMatchObject({ ok: true, data: { emailedTo: address } });
    const path = created.ok ? created.data!.path : '';
    const token = path.replace('/invitations/', '');

    await tick();
    const [email, ...more] = sink.received.filter((message) => message.envelopeTo.includes(address));
    expect(more).toEqual([]);
    expect(email!.mail.subject).toBe('Dana Okafor asks for your view in Headway');
    expect(email!.mail.text).toContain(`${ORIGIN}${path}`);
    expect(email!.mail.text).toContain('as their mentor or coach');
    expect(String(email!.mail.html)).toContain('Be frank &lt;please&gt;');
    expect(oneClickUrl(email!)).toMatch(/\/unsubscribe\/invitation\.[a-z0-9]+\.[A-Za-z0-9_-]{43}\/one-click$/);
    // The link in the email is the invitation's.
    expect(await db().invitation.count({ where: { tokenHash: hashLinkToken(token), assessmentId } })).toBe(1);
    const job = await db().emailJob.findFirstOrThrow({ where: { userId: subject.id, kind: 'INVITATION' } });
    expect(job).toMatchObject({ state: 'SENT', dedupeKey: expect.stringMatching(/^invitation:/) as string });
    expect(JSON.stringify(job.payload)).not.toContain(token);
    expect(JSON.stringify(await exportAccountData(subject))).not.toContain(token);

    // Unsubscribing from invitation emails stops the next one to that address; the EM still gets a link to copy.
    expect((await postOneClick(tokenIn(oneClickUrl(email!)))).status).toBe(200);
    const again = await asViewer(subject, () => createInvitationAction(IDLE, form({ assessmentId, role: 'PEER', note: '', days: '14', email: address.toUpperCase() })));
    expect(again.ok).toBe(true);
    await tick();
    expect(sink.received.filter((message) => message.envelopeTo.map((each) => each.toLowerCase()).includes(address))).toHaveLength(1);
  });

  test.each([
    ['not an address', 'not-an-address'],
    ['too long', `${'a'.repeat(250)}@example.com`],
  ])('an email that is %s is refused and nothing is written', async (_what, email) => {
    const subject = await seedUser();
    const { assessmentId } = (await startAssessment(subject, 'blank'))!;
    const result = await asViewer(subject, () => createInvitationAction(IDLE, form({ assessmentId, role: 'PEER', note: '', days: '14', email })));
    expect(result).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { email: [expect.any(String)] } });
    expect(await db().invitation.count({ where: { assessmentId } })).toBe(0);
    expect(await db().emailJob.count({ where: { userId: subject.id } })).toBe(0);
  });
});

describe('a send the SMTP server refuses', () => {
  test('is retried after 1, 2, 4, 8 and 16 minutes, then given up and shown on the account page', async () => {
    const user = await seedUser();
    const start = new Date();
    await db().user.update({ where: { id: user.id }, data: { digestDay: isoWeekday(start) } });
    sink.refuse({ code: 451, message: 'Mailbox busy, try again later' });
    try {
      let now = start;
      const waits: number[] = [];
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        await tick(now);
        const job = await db().emailJob.findFirstOrThrow({ where: { userId: user.id } });
        expect(job.attempts).toBe(attempt);
        if (attempt < MAX_ATTEMPTS) {
          expect(job.state).toBe('PENDING');
          waits.push(job.runAfter.getTime() - now.getTime());
          // Not before its time.
          await tick(new Date(job.runAfter.getTime() - 1000));
          expect((await db().emailJob.findFirstOrThrow({ where: { userId: user.id } })).attempts).toBe(attempt);
          now = job.runAfter;
        } else {
          expect(job).toMatchObject({ state: 'FAILED', lastError: expect.stringContaining('Mailbox busy') as string });
        }
      }
      expect(waits).toEqual([1, 2, 4, 8, 16].map((minutes) => minutes * RETRY_BASE_MS));
      expect(to(user)).toEqual([]);
      const failed = await listFailedEmails(user);
      expect(failed).toEqual([expect.objectContaining({ kind: 'DIGEST', attempts: MAX_ATTEMPTS })]);
      expect(await listFailedEmails(await seedUser())).toEqual([]);
    } finally {
      sink.refuse(null);
    }
  });
});

describe('unsubscribing', () => {
  async function digestFor(user: User) {
    await db().user.update({ where: { id: user.id }, data: { digestDay: isoWeekday(new Date()), nextReviewOn: dayOf(new Date(), 3) } });
    await tick();
    const digest = to(user).find((message) => message.mail.subject?.startsWith('Your week'));
    return tokenIn(oneClickUrl(digest!));
  }

  test('one click turns off that kind for that user only, without signing in', async () => {
    const [user, other] = [await seedUser(), await seedUser()];
    const token = await digestFor(user);
    await db().user.update({ where: { id: other.id }, data: { digestDay: 3 } });
    const response = await postOneClick(token);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/no more weekly digests/);
    expect(await settingsOf(user)).toEqual({ digestDay: null, reviewReminders: true });
    expect(await settingsOf(other)).toEqual({ digestDay: 3, reviewReminders: true });
  });

  test('a link cannot be turned on another user or another setting', async () => {
    const [user, other] = [await seedUser(), await seedUser()];
    const token = await digestFor(user);
    await db().user.update({ where: { id: other.id }, data: { digestDay: 3 } });
    const [, id, mac] = token.split('.');
    for (const forged of [`digest.${other.id}.${mac}`, `reminder.${id}.${mac}`, `invitation.${id}.${mac}`]) {
      expect((await postOneClick(forged)).status).toBe(404);
      expect(await asVisitor(() => unsubscribeAction(IDLE, form({ token: forged })))).toEqual({ ok: false, reason: 'not-found', message: 'This unsubscribe link is not valid.' });
    }
    expect(await settingsOf(user)).toEqual({ digestDay: isoWeekday(new Date()), reviewReminders: true });
    expect(await settingsOf(other)).toEqual({ digestDay: 3, reviewReminders: true });
  });

  test('the confirm page’s form unsubscribes with no session; a bad or unknown token is not found', async () => {
    const user = await seedUser();
    const token = await digestFor(user);
    expect(await asVisitor(() => unsubscribeAction(IDLE, form({ token })))).toMatchObject({ ok: true, message: expect.stringMatching(/no more weekly digests/) as string });
    expect(await settingsOf(user)).toEqual({ digestDay: null, reviewReminders: true });
    expect(await asVisitor(() => unsubscribeAction(IDLE, form({ token, userId: user.id })))).toMatchObject({ ok: false, reason: 'invalid' });
    for (const bad of ['x', `digest.${user.id}.${'x'.repeat(43)}`, `digest.nobodyatall.${'x'.repeat(43)}`, '']) {
      expect((await postOneClick(bad)).status).toBe(404);
      expect((await oneClickGet(new Request(`${ORIGIN}/unsubscribe/${bad}/one-click`), { params: Promise.resolve({ token: bad }) })).status).toBe(404);
    }
    // A browser that follows the header's link is sent to the page with its button.
    const opened = await oneClickGet(new Request(`${ORIGIN}/unsubscribe/${token}/one-click`), { params: Promise.resolve({ token }) });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(`${ORIGIN}/unsubscribe/${token}`);
    // A POST without RFC 8058's body is not a one-click unsubscribe.
    expect((await postOneClick(token, 'something=else')).status).toBe(400);
  });
});

describe('the account page’s email settings', () => {
  test('save a digest day and the reminder, and refuse anything else without writing', async () => {
    const [user, other] = [await seedUser(), await seedUser()];
    expect(await asViewer(user, () => saveEmailSettingsAction(IDLE, form({ digestDay: '5' })))).toEqual({ ok: true, message: 'Saved: a digest every Friday, no reminder a week before your review.' });
    expect(await settingsOf(user)).toEqual({ digestDay: 5, reviewReminders: false });
    const refused: Record<string, string>[] = [{ digestDay: '8' }, { digestDay: '0' }, { digestDay: '5', reviewReminders: 'yes' }, { digestDay: '5', userId: other.id }, {}];
    for (const fields of refused) {
      expect(await asViewer(user, () => saveEmailSettingsAction(IDLE, form(fields)))).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(await settingsOf(user)).toEqual({ digestDay: 5, reviewReminders: false });
    expect(await asViewer(user, () => saveEmailSettingsAction(IDLE, form({ digestDay: 'off', reviewReminders: 'on' })))).toMatchObject({ ok: true });
    expect(await settingsOf(user)).toEqual({ digestDay: null, reviewReminders: true });
    expect(await settingsOf(other)).toEqual({ digestDay: null, reviewReminders: true });
  });
});
