import { describe, expect, test } from 'vitest';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { acceptInvitation, createInvitation, extendInvitation, listInvitations, previewInvitation, renewInvitationLink, withdrawInvitation } from '@/lib/data/invitations';
import { getRating, listRequests, saveOverallComment, saveRating, submitRating } from '@/lib/data/ratings';
import { deleteAccount, exportAccountData } from '@/lib/data/users';
import { db } from '@/lib/db/db';
import { answerSchema } from '@/lib/validation/assessment';
import { createInvitationSchema, ratingSchema } from '@/lib/validation/invitation';
import { INVITATIONS_PER_ASSESSMENT } from '@/lib/validation/limits';
import { seedUser } from '../support/users';

type User = Awaited<ReturnType<typeof seedUser>>;
const CLIENT = { ip: '127.0.0.1', userAgent: 'test' };
const SELF_EVIDENCE = 'The subject’s own private evidence';

/** A draft with its first item rated 4 by the subject; the item ids in order. */
async function draftOf(subject: User) {
  const { assessmentId } = (await startAssessment(subject, 'blank'))!;
  const assessment = (await getAssessment(subject, assessmentId))!;
  const items = assessment.frameworkVersion.sections.flatMap((section) => section.items);
  await saveAnswer(subject, answerSchema.parse({ assessmentId, itemId: items[0]!.id, baseRevision: 0, level: 4, noOpportunity: false, targetLevel: 4, confidence: 'HIGH', evidence: SELF_EVIDENCE }));
  return { assessmentId, items, keys: items.map((item) => item.key) };
}

const invite = (subject: User, assessmentId: string, role: 'MANAGER' | 'MENTOR' | 'PEER' = 'MANAGER', note = '') =>
  createInvitation(subject, createInvitationSchema.parse({ assessmentId, role, note }));

async function invited(subject: User, assessmentId: string, role: 'MANAGER' | 'MENTOR' | 'PEER' = 'MANAGER') {
  const created = await invite(subject, assessmentId, role);
  if (created.kind !== 'created') throw new Error(created.kind);
  return created;
}

/** A rater who accepted, rated every item at `level` and, if asked, submitted. */
async function rater(subject: User, assessmentId: string, itemIds: string[], options: { role?: 'MANAGER' | 'MENTOR' | 'PEER'; level?: number; submit?: boolean } = {}) {
  const user = await seedUser('Rater');
  const { token } = await invited(subject, assessmentId, options.role);
  const accepted = await acceptInvitation(user, token);
  if (accepted.kind !== 'accepted') throw new Error(accepted.kind);
  for (const itemId of itemIds) {
    const saved = await saveRating(user, ratingSchema.parse({ invitationId: accepted.invitationId, itemId, baseRevision: 0, level: options.level ?? 2, noOpportunity: false, comment: 'Seen it' }));
    expect(saved.kind).toBe('saved');
  }
  if (options.submit) expect((await submitRating(user, accepted.invitationId)).kind).toBe('submitted');
  return { user, invitationId: accepted.invitationId };
}

describe('invitations', () => {
  test('are made on a draft, stored hashed, listed with their state, and capped at 20', async () => {
    const subject = await seedUser('Sam Subject');
    const { assessmentId } = await draftOf(subject);
    const created = await invited(subject, assessmentId, 'MENTOR');
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await db().invitation.count({ where: { tokenHash: created.token } })).toBe(0);
    const expected = Date.now() + 14 * 24 * 60 * 60 * 1000;
    expect(Math.abs(created.expiresAt.getTime() - expected)).toBeLessThan(60_000);
    const listed = (await listInvitations(subject, assessmentId))!;
    expect(listed.invitations).toEqual([expect.objectContaining({ id: created.id, role: 'MENTOR', status: 'invited', rater: null })]);

    for (let index = 1; index < INVITATIONS_PER_ASSESSMENT; index += 1) await invited(subject, assessmentId, 'PEER');
    expect((await invite(subject, assessmentId, 'PEER')).kind).toBe('limit');
    // A withdrawn invitation frees its place.
    expect(await withdrawInvitation(subject, created.id)).toBe(true);
    expect((await invite(subject, assessmentId, 'PEER')).kind).toBe('created');
    expect((await invite(subject, assessmentId, 'PEER')).kind).toBe('limit');
    expect(await db().invitation.count({ where: { assessmentId } })).toBe(INVITATIONS_PER_ASSESSMENT + 1);
  });

  test('another user’s assessment or invitation is not found, and nothing is written', async () => {
    const subject = await seedUser();
    const stranger = await seedUser();
    const { assessmentId } = await draftOf(subject);
    const { id, token } = await invited(subject, assessmentId);
    expect((await invite(stranger, assessmentId)).kind).toBe('not-found');
    expect(await listInvitations(stranger, assessmentId)).toBeNull();
    expect(await withdrawInvitation(stranger, id)).toBe(false);
    expect(await extendInvitation(stranger, id, 30)).toBeNull();
    expect(await renewInvitationLink(stranger, id)).toBeNull();
    expect(await db().invitation.count({ where: { assessmentId } })).toBe(1);
    expect((await previewInvitation(token, stranger))?.holder).toBe('open');
  });

  test('a link is accepted once, by one account; the subject cannot rate themselves', async () => {
    const subject = await seedUser('Sam Subject');
    const first = await seedUser('First');
    const second = await seedUser('Second');
    const { assessmentId, items } = await draftOf(subject);
    const { token, id } = await invited(subject, assessmentId);
    expect(await acceptInvitation(subject, token)).toEqual({ kind: 'self' });
    expect(await acceptInvitation(first, token)).toEqual({ kind: 'accepted', invitationId: id });
    expect(await acceptInvitation(first, token)).toEqual({ kind: 'already-yours', invitationId: id });
    expect(await acceptInvitation(second, token)).toEqual({ kind: 'used' });
    expect(await acceptInvitation(second, 'x'.repeat(43))).toEqual({ kind: 'not-found' });
    expect(await db().assessmentAnswer.count({ where: { invitationId: id } })).toBe(items.length);
    expect((await previewInvitation(token, second))?.holder).toBe('other');
    expect((await previewInvitation(token, first))?.holder).toBe('viewer');
    // One rater rates an assessment once.
    const again = await invited(subject, assessmentId);
    expect(await acceptInvitation(first, again.token)).toEqual({ kind: 'duplicate' });
    expect((await db().invitation.findUniqueOrThrow({ where: { id: again.id } })).state).toBe('PENDING');
    expect(await getRating(second, id)).toBeNull();
    expect(await getRating(subject, id)).toBeNull();
  });

  test('a withdrawn or expired invitation is not found, for the link and for the rater', async () => {
    const subject = await seedUser();
    const user = await seedUser();
    const { assessmentId, items } = await draftOf(subject);
    const withdrawn = await invited(subject, assessmentId);
    await withdrawInvitation(subject, withdrawn.id);
    expect(await previewInvitation(withdrawn.token, user)).toBeNull();
    expect(await acceptInvitation(user, withdrawn.token)).toEqual({ kind: 'not-found' });

    const later = new Date(Date.now() + 15 * 24 * 60 * 60 * 1000);
    const expiring = await invited(subject, assessmentId);
    expect(await previewInvitation(expiring.token, user, later)).toBeNull();
    expect(await acceptInvitation(user, expiring.token, later)).toEqual({ kind: 'not-found' });
    expect((await listInvitations(subject, assessmentId, later))!.invitations.find((row) => row.id === expiring.id)?.status).toBe('expired');

    // Accepted, then withdrawn: the rater's page and saves find nothing.
    expect((await acceptInvitation(user, expiring.token)).kind).toBe('accepted');
    expect(await getRating(user, expiring.id, later)).toBeNull();
    expect(await extendInvitation(subject, expiring.id, 30)).not.toBeNull();
    expect(await getRating(user, expiring.id, later)).not.toBeNull();
    await withdrawInvitation(subject, expiring.id);
    expect(await getRating(user, expiring.id)).toBeNull();
    const saved = await saveRating(user, ratingSchema.parse({ invitationId: expiring.id, itemId: items[0]!.id, baseRevision: 0, level: 3, noOpportunity: false, comment: '' }));
    expect(saved).toEqual({ kind: 'not-found' });
    expect(await listRequests(user)).toEqual([]);
  });

  test('a renewed link replaces the old one', async () => {
    const subject = await seedUser();
    const user = await seedUser();
    const { assessmentId } = await draftOf(subject);
    const { id, token } = await invited(subject, assessmentId);
    const renewed = (await renewInvitationLink(subject, id))!;
    expect(renewed).not.toBe(token);
    expect(await previewInvitation(token, user)).toBeNull();
    expect((await acceptInvitation(user, renewed)).kind).toBe('accepted');
    expect(await renewInvitationLink(subject, id)).toBeNull();
  });
});

describe('rating', () => {
  test('saves with revisions, refuses a level the pinned version lacks, and freezes on submission', async () => {
    const subject = await seedUser();
    const { assessmentId, items } = await draftOf(subject);
    const { user, invitationId } = await rater(subject, assessmentId, []);
    const first = items[0]!.id;
    const rate = (baseRevision: number, level: number | null, noOpportunity = false) =>
      saveRating(user, ratingSchema.parse({ invitationId, itemId: first, baseRevision, level, noOpportunity, comment: 'Led the re-org well' }));
    expect((await rate(0, 3)).kind).toBe('saved');
    expect((await rate(0, 2)).kind).toBe('conflict');
    expect((await rate(1, 6)).kind).toBe('invalid-level');
    expect(await saveOverallComment(user, { invitationId, baseRevision: 0, comment: 'Overall, strong' })).toEqual({ kind: 'saved', revision: 1 });

    const incomplete = await submitRating(user, invitationId);
    expect(incomplete).toEqual({ kind: 'incomplete', unrated: items.slice(1).map((item) => item.title) });
    for (const item of items.slice(1)) {
      await saveRating(user, ratingSchema.parse({ invitationId, itemId: item.id, baseRevision: 0, level: null, noOpportunity: true, comment: '' }));
    }
    expect((await submitRating(user, invitationId)).kind).toBe('submitted');
    expect(await rate(1, 5)).toEqual({ kind: 'frozen' });
    expect(await saveOverallComment(user, { invitationId, baseRevision: 1, comment: 'Changed' })).toEqual({ kind: 'frozen' });
    expect(await submitRating(user, invitationId)).toEqual({ kind: 'frozen' });
    const stored = await db().assessmentAnswer.findFirstOrThrow({ where: { invitationId, itemId: first } });
    expect(stored).toMatchObject({ level: 3, evidence: 'Led the re-org well' });
    expect(await listRequests(user)).toEqual([expect.objectContaining({ id: invitationId, status: 'submitted', role: 'MANAGER' })]);
  });

  test('a level outside the pinned version’s scale is refused and writes nothing', async () => {
    const subject = await seedUser();
    const { assessmentId, items } = await draftOf(subject);
    const { user, invitationId } = await rater(subject, assessmentId, []);
    const version = await db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { frameworkVersionId: true } });
    await db().ratingLevel.deleteMany({ where: { frameworkVersionId: version.frameworkVersionId, level: 5 } });
    const outcome = await saveRating(user, ratingSchema.parse({ invitationId, itemId: items[0]!.id, baseRevision: 0, level: 5, noOpportunity: false, comment: '' }));
    expect(outcome).toEqual({ kind: 'invalid-level' });
    expect((await db().assessmentAnswer.findFirstOrThrow({ where: { invitationId, itemId: items[0]!.id } })).revision).toBe(0);
  });
});

describe('blindness', () => {
  test('the subject reads no rater’s ratings, and a rater reads the subject’s only once both have submitted', async () => {
    const subject = await seedUser('Sam Subject');
    const { assessmentId, items, keys } = await draftOf(subject);
    const manager = await rater(subject, assessmentId, items.map((item) => item.id), { level: 2, submit: true });
    const peer = await rater(subject, assessmentId, items.map((item) => item.id), { role: 'PEER', level: 1, submit: true });

    // The subject's own reads hold their ratings only.
    const own = (await getAssessment(subject, assessmentId))!;
    expect(own.answers).toHaveLength(items.length);
    expect(own.answers.find((answer) => answer.itemId === items[0]!.id)?.level).toBe(4);
    const exported = (await exportAccountData(subject))!;
    expect(exported.assessments[0]!.answers.map((answer) => answer.level)).not.toContain(2);
    expect(exported.assessments[0]!.answers).toHaveLength(items.length);
    // Before the subject submits, the rater sees nothing of theirs.
    expect((await getRating(manager.user, manager.invitationId))!.selfRatings).toBeNull();

    await submitAssessment(subject, assessmentId, keys);
    const revealed = (await getRating(manager.user, manager.invitationId))!.selfRatings!;
    expect(revealed.find((answer) => answer.itemId === items[0]!.id)).toMatchObject({ level: 4, evidence: SELF_EVIDENCE });
    expect(revealed).toHaveLength(items.length);
    // A peer never sees the subject's self-ratings.
    expect((await getRating(peer.user, peer.invitationId))!.selfRatings).toBeNull();
    // Nor does a rater who has not submitted.
    const late = await rater(subject, assessmentId, [items[0]!.id]);
    expect((await getRating(late.user, late.invitationId))!.selfRatings).toBeNull();
    // The subject's list names the manager, never a peer.
    const listed = (await listInvitations(subject, assessmentId))!.invitations;
    expect(listed.map((row) => [row.role, row.status, row.rater])).toEqual([
      ['MANAGER', 'submitted', 'Rater'],
      ['PEER', 'submitted', null],
      ['MANAGER', 'accepted', 'Rater'],
    ]);
  });
});

describe('deletion', () => {
  test('a rater’s deletion keeps their submitted ratings, as a former rater; the subject’s removes every rating about them', async () => {
    const subject = await seedUser();
    const { assessmentId, items } = await draftOf(subject);
    const manager = await rater(subject, assessmentId, items.map((item) => item.id), { submit: true });
    await deleteAccount(manager.user, CLIENT);
    expect(await db().assessmentAnswer.count({ where: { invitationId: manager.invitationId, authorId: null } })).toBe(items.length);
    const listed = (await listInvitations(subject, assessmentId))!.invitations;
    expect(listed).toEqual([expect.objectContaining({ status: 'submitted', rater: 'Former rater' })]);

    const other = await rater(subject, assessmentId, [items[0]!.id], { submit: false });
    await deleteAccount(subject, CLIENT);
    expect(await db().invitation.count({ where: { assessmentId } })).toBe(0);
    expect(await db().assessmentAnswer.count({ where: { assessmentId } })).toBe(0);
    expect(await listRequests(other.user)).toEqual([]);
  });
});
