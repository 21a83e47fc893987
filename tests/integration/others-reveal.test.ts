// What the subject sees on the "Others' view" page, built from the real data
// layer on a real database, and the agreed-level action called as Next calls
// it. Blindness is checked on everything the page is built from, not only on
// what it draws.
import { describe, expect, test, vi } from 'vitest';
import { agreedLevelAction } from '@/app/(app)/assessments/[id]/others/view/actions';
import { withdrawInvitation } from '@/lib/data/invitations';
import { getRevealSource } from '@/lib/data/others-reveal';
import { deleteAccount, exportAccountData } from '@/lib/data/users';
import { db } from '@/lib/db/db';
import { buildOthersReveal, type OthersReveal } from '@/lib/domain/others-reveal';
import { AGREED_NOTE_MAX, AGREED_WITH_MAX } from '@/lib/validation/limits';
import { asViewer, form } from '../support/action-request';
import { rateAs, ratedDraft, submitSelf } from '../support/others-fixture';
import { seedUser } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

type User = Awaited<ReturnType<typeof seedUser>>;
const IDLE = { ok: true } as const;
const inOrder = () => 0.5;

async function revealFor(subject: User, assessmentId: string, random: () => number = Math.random) {
  const found = await getRevealSource(subject, assessmentId);
  if (!found) throw new Error('not found');
  return { found, reveal: buildOthersReveal(found.source, random) };
}

/** Says which text leaked, without printing everything it was looked for in. */
function expectAbsent(text: string, ...secrets: string[]) {
  expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
}

function revealed(reveal: OthersReveal) {
  if (!reveal.revealed) throw new Error(`not revealed: ${reveal.why}`);
  return reveal;
}

describe('before the reveal', () => {
  test('on a draft the subject sees only how many have rated: no level, name or comment is even read', async () => {
    const subject = await seedUser('Sam Subject');
    const { assessmentId, items } = await ratedDraft(subject);
    await rateAs(subject, assessmentId, items, { role: 'MANAGER', name: 'Mo Manager', levels: [1], comment: () => 'Manager comment, hidden', overall: 'Manager overall, hidden' });
    await rateAs(subject, assessmentId, items, { role: 'PEER', submit: false, comment: () => 'Peer draft comment' });
    const { found, reveal } = await revealFor(subject, assessmentId);
    expect(found.source.raters).toEqual([]);
    expect(reveal).toEqual({ revealed: false, countText: '1 of 2 have rated.', why: expect.stringContaining('You have not submitted this assessment yet') as string });
    expectAbsent(JSON.stringify(found), 'Mo Manager', 'Manager comment, hidden', 'Manager overall, hidden', 'Peer draft comment');
  });

  test('once submitted, nothing shows until someone submits; another user finds nothing at all', async () => {
    const [subject, stranger] = [await seedUser(), await seedUser()];
    const { assessmentId, items } = await ratedDraft(subject);
    await rateAs(subject, assessmentId, items, { role: 'MENTOR', submit: false, comment: () => 'Mentor draft' });
    await submitSelf(subject, assessmentId);
    const { found, reveal } = await revealFor(subject, assessmentId);
    expect(reveal).toMatchObject({ revealed: false, countText: '0 of 1 has rated.', why: expect.stringContaining('Nobody has submitted') as string });
    expectAbsent(JSON.stringify(found), 'Mentor draft');
    expect(await getRevealSource(stranger, assessmentId)).toBeNull();
  });
});

describe('after the reveal', () => {
  test('fewer than 3 peers: named raters with their names, and no peer aggregate or peer comment', async () => {
    const subject = await seedUser();
    const { assessmentId, items } = await ratedDraft(subject, [5, 1]);
    await rateAs(subject, assessmentId, items, { role: 'MANAGER', name: 'Mo Manager', levels: [2, 4], comment: (index) => `Manager on item ${index}`, overall: 'Mo overall' });
    for (const level of [1, 5]) await rateAs(subject, assessmentId, items, { role: 'PEER', name: `Pia Peer${level}`, levels: [level], comment: () => `Peer comment ${level}`, overall: `Peer overall ${level}` });
    await submitSelf(subject, assessmentId);
    const { found, reveal: built } = await revealFor(subject, assessmentId);
    const reveal = revealed(built);
    expect(reveal.countText).toBe('3 of 3 have rated.');
    expect(reveal.peersShown).toBe(false);
    expect(reveal.summary[0]).toBe('Rated by 1 manager and 2 peers or reports.');
    expect(reveal.items.every((item) => item.comparison.peers === null && item.peerComments.length === 0 && item.peerNoOpportunity === null)).toBe(true);
    expect(reveal.peerOverall).toEqual([]);
    const [first, second] = reveal.items;
    // Others are the manager alone: the two peers' 1 and 5 are not used.
    expect(first).toMatchObject({ self: { level: 5 }, comparison: { others: 2, difference: 3, talkAboutThis: true, kind: 'blind spot' } });
    expect(first!.named).toEqual([{ who: 'Mo Manager (manager)', role: 'MANAGER', level: 2, noOpportunity: false, comment: 'Manager on item 0' }]);
    expect(second).toMatchObject({ comparison: { others: 4, difference: -3, kind: 'hidden strength' } });
    expect(reveal.namedOverall).toEqual([{ who: 'Mo Manager (manager)', text: 'Mo overall' }]);
    expectAbsent(JSON.stringify(reveal), 'Pia Peer', 'Peer comment', 'Peer overall');
    expectAbsent(JSON.stringify(found), 'Pia Peer');
  });

  test('3 peers or more: median and range, anonymous comments in random order; withdrawn and unsubmitted raters are left out', async () => {
    const subject = await seedUser();
    const { assessmentId, items } = await ratedDraft(subject, [5, 1, 3, 'none']);
    const peers = [
      { name: 'Pat Peer', said: 'A', levels: [1, 4, 2, 'none'] as const },
      { name: 'Lee Peer', said: 'B', levels: [2, 5, 'none', 'none'] as const },
      { name: 'Kim Peer', said: 'C', levels: [3, 5, 2, 'none'] as const },
    ];
    for (const peer of peers) {
      await rateAs(subject, assessmentId, items, { role: 'PEER', name: peer.name, levels: [...peer.levels], comment: (index) => (index === 0 ? `Comment ${peer.said}` : ''), overall: `Overall ${peer.said}` });
    }
    const withdrawn = await rateAs(subject, assessmentId, items, { role: 'PEER', name: 'Withdrawn Wyn', levels: [5, 5, 5], comment: () => 'Withdrawn comment', overall: 'Withdrawn overall' });
    expect(await withdrawInvitation(subject, withdrawn.invitationId)).toBe(true);
    await rateAs(subject, assessmentId, items, { role: 'MENTOR', name: 'Unsubmitted Uma', submit: false, comment: () => 'Unsubmitted comment' });
    await submitSelf(subject, assessmentId);

    const { found, reveal: built } = await revealFor(subject, assessmentId, inOrder);
    const reveal = revealed(built);
    expect(reveal.countText).toBe('3 of 4 have rated.');
    expect(reveal).toMatchObject({ peersShown: true, peerCount: 3 });
    const [first, second, third, fourth] = reveal.items;
    expect(first!.comparison).toMatchObject({ peers: { median: 2, min: 1, max: 3, count: 3 }, others: 2, difference: 3, talkAboutThis: true, kind: 'blind spot' });
    expect(second!.comparison).toMatchObject({ peers: { median: 5, min: 4, max: 5, count: 3 }, difference: -4, kind: 'hidden strength' });
    // Only two peers gave the third item a level: no aggregate, and one "no opportunity" counted.
    expect(third).toMatchObject({ comparison: { peers: null, others: null, kind: 'not comparable' }, peerNoOpportunity: 1 });
    expect(fourth).toMatchObject({ self: { noOpportunity: true }, peerNoOpportunity: 3, comparison: { kind: 'not comparable' } });
    expect(first!.peerComments.toSorted()).toEqual(['Comment A', 'Comment B', 'Comment C']);
    expect(reveal.peerOverall.toSorted()).toEqual(['Overall A', 'Overall B', 'Overall C']);
    expect(reveal.talkAbout.map((item) => item.key)).toEqual([second!.key, first!.key]);
    expect(reveal.blindSpots.map((item) => item.key)).toEqual([first!.key]);
    expect(reveal.hiddenStrengths.map((item) => item.key)).toEqual([second!.key]);
    expect(reveal.summary).toEqual([
      'Rated by 3 peers or reports.',
      '2 items are flagged “Talk about this”: you and others differ by two levels or more (9 items compared).',
      `Biggest blind spot: ${first!.title}: you rate yourself 5, others 2.`,
      `Biggest hidden strength: ${second!.title}: you rate yourself 1, others 5.`,
    ]);
    expect(reveal.namedOverall).toEqual([]);
    // Nothing names a peer, and nothing of the withdrawn or unsubmitted raters is read.
    expectAbsent(JSON.stringify({ found, reveal }), ' Peer', 'Withdrawn', 'Unsubmitted', withdrawn.invitationId);
  });

  test('the peers’ comments come in a new order each time, not the order they were invited in', async () => {
    const subject = await seedUser();
    const { assessmentId, items } = await ratedDraft(subject);
    for (const name of ['First', 'Second', 'Third', 'Fourth']) await rateAs(subject, assessmentId, items, { role: 'PEER', comment: (index) => (index === 0 ? name : '') });
    await submitSelf(subject, assessmentId);
    const orders = new Set<string>();
    for (let attempt = 0; attempt < 30; attempt += 1) orders.add(revealed((await revealFor(subject, assessmentId)).reveal).items[0]!.peerComments.join());
    // 24 orders are possible; 30 draws landing on one would be a fixed order.
    expect(orders.size).toBeGreaterThan(1);
  });

  test('a named rater whose account is gone stays, as a former rater', async () => {
    const subject = await seedUser();
    const { assessmentId, items } = await ratedDraft(subject);
    const mentor = await rateAs(subject, assessmentId, items, { role: 'MENTOR', name: 'Gone Gale', levels: [1], overall: 'Still counts' });
    await submitSelf(subject, assessmentId);
    await deleteAccount(mentor.user, { ip: '127.0.0.1', userAgent: 'test' });
    const reveal = revealed((await revealFor(subject, assessmentId)).reveal);
    expect(reveal.items[0]!.named).toEqual([expect.objectContaining({ who: 'Former rater (mentor or coach)', level: 1 })]);
    expect(reveal.namedOverall).toEqual([{ who: 'Former rater (mentor or coach)', text: 'Still counts' }]);
    expectAbsent(JSON.stringify(reveal), 'Gone Gale');
  });
});

describe('read back as written', () => {
  test('an invitation counts as expired from its own expiry, and an agreed level keeps its exact time, whatever the server’s time zone', async () => {
    const subject = await seedUser();
    const { assessmentId, items } = await ratedDraft(subject);
    const { invitationId } = await rateAs(subject, assessmentId, items, { role: 'MANAGER', submit: false });
    await rateAs(subject, assessmentId, items, { role: 'PEER' });
    await submitSelf(subject, assessmentId);
    const now = new Date();
    await db().invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(now.getTime() - 60_000) } });
    const agreedAt = new Date('2026-06-30T23:30:00.123Z');
    await db().agreedLevel.create({ data: { assessmentId, itemId: items[0]!.id, level: 2, agreedWith: 'Sam', note: '', agreedAt } });

    // Read as a server far from UTC would: a time without its offset would shift by hours.
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland';
    const found = await getRevealSource(subject, assessmentId, now).finally(() => {
      process.env.TZ = zone;
    });
    expect(found!.source.invitations.map((invitation) => invitation.status).toSorted()).toEqual(['expired', 'submitted']);
    expect(found!.source.agreed[items[0]!.id]!.agreedAt.toISOString()).toBe(agreedAt.toISOString());
    // A minute earlier the same invitation was still open.
    const before = await getRevealSource(subject, assessmentId, new Date(now.getTime() - 120_000));
    expect(before!.source.invitations.map((invitation) => invitation.status).toSorted()).toEqual(['accepted', 'submitted']);
  });
});

describe('agreed levels', () => {
  async function submittedWithManager(subject: User) {
    const { assessmentId, items } = await ratedDraft(subject, [4]);
    await rateAs(subject, assessmentId, items, { role: 'MANAGER', levels: [2] });
    await submitSelf(subject, assessmentId);
    return { assessmentId, itemId: items[0]!.id };
  }
  const agreed = (assessmentId: string, itemId: string, fields: Record<string, string> = {}) =>
    form({ assessmentId, itemId, intent: 'save', level: '3', agreedWith: 'Sam (my manager)', note: 'Settled in our 1:1', ...fields });

  test('are recorded, changed and cleared beside self and others’ levels, never over them', async () => {
    const subject = await seedUser();
    const { assessmentId, itemId } = await submittedWithManager(subject);
    const saved = await asViewer(subject, () => agreedLevelAction(IDLE, agreed(assessmentId, itemId)));
    expect(saved).toEqual({ ok: true, message: 'Agreed level 3 saved, beside your self-rating and others’ ratings.' });
    const reveal = revealed((await revealFor(subject, assessmentId)).reveal);
    expect(reveal.items[0]).toMatchObject({ self: { level: 4 }, named: [expect.objectContaining({ level: 2 })], agreed: { level: 3, agreedWith: 'Sam (my manager)', note: 'Settled in our 1:1' } });

    expect(await asViewer(subject, () => agreedLevelAction(IDLE, agreed(assessmentId, itemId, { level: '2', note: '' })))).toMatchObject({ ok: true });
    expect(await db().agreedLevel.findMany({ where: { assessmentId }, select: { level: true, note: true } })).toEqual([{ level: 2, note: '' }]);
    const exported = await exportAccountData(subject);
    expect(exported?.assessments[0]?.agreedLevels).toEqual([{ item: expect.objectContaining({ title: reveal.items[0]!.title }) as object, level: 2, agreedWith: 'Sam (my manager)', note: '', agreedAt: expect.any(Date) as Date }]);

    const cleared = await asViewer(subject, () => agreedLevelAction(IDLE, form({ assessmentId, itemId, intent: 'clear' })));
    expect(cleared).toMatchObject({ ok: true, message: expect.stringContaining('cleared') as string });
    expect(await db().agreedLevel.count({ where: { assessmentId } })).toBe(0);
    const answers = await db().assessmentAnswer.findMany({ where: { assessmentId, itemId }, select: { level: true } });
    expect(answers.map((answer) => answer.level).toSorted()).toEqual([2, 4]);
  });

  test('bad input, a draft and another user’s assessment get a clear message and write nothing', async () => {
    const [subject, stranger] = [await seedUser(), await seedUser()];
    const { assessmentId, itemId } = await submittedWithManager(subject);
    const draft = await ratedDraft(subject);
    const cases: [string, User, FormData, Record<string, unknown>][] = [
      ['a level the pinned version does not have', subject, agreed(assessmentId, itemId, { level: '9' }), { reason: 'invalid', message: 'Choose one of the levels shown for this item.' }],
      ['no level', subject, agreed(assessmentId, itemId, { level: '' }), { reason: 'invalid', fieldErrors: { level: ['Choose the level you agreed'] } }],
      ['a level that is not a number', subject, agreed(assessmentId, itemId, { level: 'high' }), { reason: 'invalid', fieldErrors: { level: ['Choose the level you agreed'] } }],
      ['nobody named', subject, agreed(assessmentId, itemId, { agreedWith: '  ' }), { reason: 'invalid', fieldErrors: { agreedWith: ['Say who you agreed it with, e.g. “Sam (my manager)”'] } }],
      ['who agreed over its limit', subject, agreed(assessmentId, itemId, { agreedWith: 'x'.repeat(AGREED_WITH_MAX + 1) }), { reason: 'invalid', fieldErrors: { agreedWith: [`Keep who agreed to ${AGREED_WITH_MAX} characters`] } }],
      ['a note over its limit', subject, agreed(assessmentId, itemId, { note: 'x'.repeat(AGREED_NOTE_MAX + 1) }), { reason: 'invalid', fieldErrors: { note: [`Keep the note to ${AGREED_NOTE_MAX} characters`] }, values: { note: 'x'.repeat(AGREED_NOTE_MAX + 1) } }],
      ['a field the form does not have', subject, agreed(assessmentId, itemId, { assessmentOwner: stranger.id }), { reason: 'invalid' }],
      ['an intent that is not save or clear', subject, agreed(assessmentId, itemId, { intent: 'overwrite' }), { reason: 'invalid' }],
      ['an item of no assessment', subject, agreed(assessmentId, 'made-up-item'), { reason: 'not-found' }],
      ['a draft', subject, agreed(draft.assessmentId, draft.items[0]!.id), { reason: 'frozen', message: 'Record an agreed level once you have submitted this assessment and seen others’ view.' }],
      ['another user’s assessment', stranger, agreed(assessmentId, itemId), { reason: 'not-found', message: 'This assessment or item does not exist.' }],
    ];
    for (const [what, viewer, data, expected] of cases) {
      expect(await asViewer(viewer, () => agreedLevelAction(IDLE, data)), what).toMatchObject({ ok: false, ...expected });
    }
    expect(await db().agreedLevel.count({ where: { assessment: { subjectId: { in: [subject.id, stranger.id] } } } })).toBe(0);

    // Nor can another user clear the subject's.
    expect(await asViewer(subject, () => agreedLevelAction(IDLE, agreed(assessmentId, itemId)))).toMatchObject({ ok: true });
    expect(await asViewer(stranger, () => agreedLevelAction(IDLE, form({ assessmentId, itemId, intent: 'clear' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await db().agreedLevel.count({ where: { assessmentId } })).toBe(1);
  });
});
