// The invitation and rating actions, called as Next calls them: through the
// one wrapper, with a session, on a real database. Each bad input named in
// the issue gets a clear message and writes nothing; another user's ids are
// not found.
import { describe, expect, test, vi } from 'vitest';
import { createInvitationAction, extendInvitationAction, renewInvitationLinkAction, withdrawInvitationAction } from '@/app/(app)/assessments/[id]/others/actions';
import { acceptInvitationAction } from '@/app/(app)/invitations/actions';
import { saveAllRatingsAction, saveOverallCommentAction, saveRatingAction, submitRatingAction } from '@/app/(app)/rate/actions';
import { signUp } from '@/app/(app)/signup/actions';
import { getAssessment, startAssessment } from '@/lib/data/assessments';
import { db } from '@/lib/db/db';
import { INVITATION_NOTE_MAX, INVITATIONS_PER_ASSESSMENT, RATER_COMMENT_MAX } from '@/lib/validation/limits';
import { asViewer, asVisitor, expectRedirect, form } from '../support/action-request';
import { seedUser, STRONG_PASSWORD } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

type User = Awaited<ReturnType<typeof seedUser>>;
const IDLE = { ok: true } as const;

async function draftOf(user: User) {
  const { assessmentId } = (await startAssessment(user, 'blank'))!;
  const assessment = (await getAssessment(user, assessmentId))!;
  return { assessmentId, items: assessment.frameworkVersion.sections.flatMap((section) => section.items) };
}

const inviteForm = (assessmentId: string, fields: Record<string, string> = {}) => form({ assessmentId, role: 'MANAGER', note: 'Please be frank', days: '14', ...fields });

async function createdBy(user: User, assessmentId: string, role = 'MANAGER') {
  const result = await asViewer(user, () => createInvitationAction(IDLE, inviteForm(assessmentId, { role })));
  if (!result.ok || !result.data) throw new Error(result.ok ? 'no link' : result.message);
  const token = result.data.path.replace('/invitations/', '');
  const { id } = await db().invitation.findFirstOrThrow({ where: { assessmentId }, orderBy: { createdAt: 'desc' }, select: { id: true } });
  return { token, id };
}

describe('asking for others’ view', () => {
  test('an invitation gives a link once; every bad input says why and writes nothing', async () => {
    const subject = await seedUser();
    const { assessmentId } = await draftOf(subject);
    const created = await asViewer(subject, () => createInvitationAction(IDLE, inviteForm(assessmentId)));
    expect(created.ok && created.data?.path).toMatch(/^\/invitations\/[A-Za-z0-9_-]{43}$/);

    const refusals: [string, FormData, Record<string, unknown>][] = [
      ['a role that is not one of the three', inviteForm(assessmentId, { role: 'CEO' }), { fieldErrors: { role: ['Choose manager, mentor or coach, or peer or report'] } }],
      ['a note over its limit', inviteForm(assessmentId, { note: 'x'.repeat(INVITATION_NOTE_MAX + 1) }), { fieldErrors: { note: [`Keep the note to ${INVITATION_NOTE_MAX} characters`] } }],
      ['an expiry of 0 days', inviteForm(assessmentId, { days: '0' }), { fieldErrors: { days: ['An invitation stays open for at least 1 day'] } }],
      ['an expiry past the limit', inviteForm(assessmentId, { days: '91' }), { fieldErrors: { days: ['An invitation stays open for at most 90 days'] } }],
      ['a field the form does not have', form({ assessmentId, role: 'PEER', raterId: subject.id }), { reason: 'invalid' }],
    ];
    for (const [what, data, expected] of refusals) {
      const result = await asViewer(subject, () => createInvitationAction(IDLE, data));
      expect(result, what).toMatchObject({ ok: false, message: 'Check the highlighted fields.', ...expected });
    }
    expect(await db().invitation.count({ where: { assessmentId } })).toBe(1);
  });

  test('no more than 20 people per assessment', async () => {
    const subject = await seedUser();
    const { assessmentId } = await draftOf(subject);
    for (let index = 0; index < INVITATIONS_PER_ASSESSMENT; index += 1) await createdBy(subject, assessmentId, 'PEER');
    const refused = await asViewer(subject, () => createInvitationAction(IDLE, inviteForm(assessmentId)));
    expect(refused).toEqual({ ok: false, message: 'You can ask at most 20 people per assessment. Withdraw an invitation to ask someone else.', values: { note: 'Please be frank' } });
    expect(await db().invitation.count({ where: { assessmentId } })).toBe(INVITATIONS_PER_ASSESSMENT);
  });

  test('another user’s assessment or invitation is not found; the owner extends, renews and withdraws', async () => {
    const [subject, stranger] = [await seedUser(), await seedUser()];
    const { assessmentId } = await draftOf(subject);
    const { id: invitationId, token } = await createdBy(subject, assessmentId);
    const ref = form({ assessmentId, invitationId });
    expect(await asViewer(stranger, () => createInvitationAction(IDLE, inviteForm(assessmentId)))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(stranger, () => extendInvitationAction(IDLE, form({ assessmentId, invitationId, days: '30' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(stranger, () => renewInvitationLinkAction(IDLE, ref))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(stranger, () => withdrawInvitationAction(IDLE, ref))).toMatchObject({ ok: false, reason: 'not-found' });
    const untouched = await db().invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(untouched).toMatchObject({ state: 'PENDING', withdrawnAt: null });

    const extended = await asViewer(subject, () => extendInvitationAction(IDLE, form({ assessmentId, invitationId, days: '30' })));
    expect(extended.ok && extended.message).toMatch(/^Extended: open until /);
    const renewed = await asViewer(subject, () => renewInvitationLinkAction(IDLE, ref));
    expect(renewed.ok && renewed.data?.path).toMatch(/^\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(renewed.ok && renewed.data?.path).not.toBe(`/invitations/${token}`);
    expect(await asViewer(subject, () => withdrawInvitationAction(IDLE, ref))).toMatchObject({ ok: true });
    expect(await asViewer(subject, () => extendInvitationAction(IDLE, form({ assessmentId, invitationId, days: '30' })))).toMatchObject({ ok: false, reason: 'not-found' });
  });

  test('a signed-out visitor is sent to sign in', async () => {
    const subject = await seedUser();
    const { assessmentId } = await draftOf(subject);
    expect(await asVisitor(() => expectRedirect(() => createInvitationAction(IDLE, inviteForm(assessmentId))))).toBe('/signin');
    expect(await db().invitation.count({ where: { assessmentId } })).toBe(0);
  });
});

describe('rating as an invited person', () => {
  test('accepting binds the link to the account; the subject, a second account and a made-up token are refused', async () => {
    const [subject, rater, other] = [await seedUser('Sam Subject'), await seedUser(), await seedUser()];
    const { assessmentId } = await draftOf(subject);
    const { token, id } = await createdBy(subject, assessmentId);
    expect(await asViewer(subject, () => acceptInvitationAction(IDLE, form({ token })))).toMatchObject({ ok: false, message: expect.stringContaining('you cannot rate yourself') as string });
    expect(await asViewer(rater, () => expectRedirect(() => acceptInvitationAction(IDLE, form({ token }))))).toBe(`/rate/${id}`);
    expect(await asViewer(rater, () => expectRedirect(() => acceptInvitationAction(IDLE, form({ token }))))).toBe(`/rate/${id}`);
    expect(await asViewer(other, () => acceptInvitationAction(IDLE, form({ token })))).toMatchObject({ ok: false, message: expect.stringContaining('already been accepted by another account') as string });
    expect(await asViewer(other, () => acceptInvitationAction(IDLE, form({ token: 'y'.repeat(43) })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(other, () => acceptInvitationAction(IDLE, form({ token: 'short' })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect((await db().invitation.findUniqueOrThrow({ where: { id } })).raterId).toBe(rater.id);
    expect(await asVisitor(() => expectRedirect(() => acceptInvitationAction(IDLE, form({ token }))))).toBe('/signin');
  });

  test('ratings autosave, post without JavaScript, refuse bad input and freeze on submission', async () => {
    const [subject, rater, stranger] = [await seedUser(), await seedUser(), await seedUser()];
    const { assessmentId, items } = await draftOf(subject);
    const { token, id: invitationId } = await createdBy(subject, assessmentId);
    await asViewer(rater, () => expectRedirect(() => acceptInvitationAction(IDLE, form({ token }))));
    const [first, ...rest] = items;
    const rating = (fields: Record<string, unknown> = {}) => ({ invitationId, itemId: first!.id, baseRevision: 0, level: 3, noOpportunity: false, comment: 'Seen in planning', ...fields });

    expect(await asViewer(stranger, () => saveRatingAction(rating()))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(subject, () => saveRatingAction(rating()))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(rater, () => saveRatingAction(rating({ level: 6 })))).toMatchObject({ ok: false, reason: 'invalid', message: 'Choose one of the levels shown for this item.' });
    expect(await asViewer(rater, () => saveRatingAction(rating({ level: 2, noOpportunity: true })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await asViewer(rater, () => saveRatingAction(rating({ comment: 'x'.repeat(RATER_COMMENT_MAX + 1) })))).toMatchObject({ ok: false, reason: 'invalid', message: `Keep the comment to ${RATER_COMMENT_MAX.toLocaleString('en-GB')} characters` });
    expect(await asViewer(rater, () => saveRatingAction(rating({ authorId: subject.id })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect((await db().assessmentAnswer.findFirstOrThrow({ where: { invitationId, itemId: first!.id } })).revision).toBe(0);

    expect(await asViewer(rater, () => saveRatingAction(rating()))).toMatchObject({ ok: true, data: { level: 3, evidence: 'Seen in planning', revision: 1 } });
    expect(await asViewer(rater, () => saveRatingAction(rating({ level: 1 })))).toMatchObject({ ok: false, reason: 'conflict', detail: { level: 3 } });
    expect(await asViewer(rater, () => saveOverallCommentAction({ invitationId, baseRevision: 0, comment: 'Strong year' }))).toEqual({ ok: true, data: { revision: 1 } });

    // Without JavaScript: every other item "no opportunity", in one post.
    const posted: Record<string, string> = { invitationId, overallComment: 'Strong year, overall', overallRevision: '1' };
    for (const item of rest) Object.assign(posted, { [`level:${item.id}`]: 'none', [`evidence:${item.id}`]: '', [`baseRevision:${item.id}`]: '0' });
    expect(await asViewer(rater, () => expectRedirect(() => saveAllRatingsAction(IDLE, form(posted))))).toBe(`/rate/${invitationId}?notice=saved`);
    expect(await db().assessmentAnswer.count({ where: { invitationId, noOpportunity: true } })).toBe(rest.length);

    expect(await asViewer(subject, () => submitRatingAction(IDLE, form({ invitationId })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(rater, () => expectRedirect(() => submitRatingAction(IDLE, form({ invitationId }))))).toBe(`/rate/${invitationId}?notice=submitted`);
    expect(await asViewer(rater, () => saveRatingAction(rating({ baseRevision: 1, level: 5 })))).toEqual({ ok: false, reason: 'frozen', message: 'You have submitted your ratings, so they can no longer change.' });
    expect(await asViewer(rater, () => submitRatingAction(IDLE, form({ invitationId })))).toMatchObject({ ok: false, reason: 'frozen' });
    const stored = await db().invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { state: true, overallComment: true } });
    expect(stored).toEqual({ state: 'SUBMITTED', overallComment: 'Strong year, overall' });
  });

  test('submitting with items unrated names them and freezes nothing', async () => {
    const [subject, rater] = [await seedUser(), await seedUser()];
    const { assessmentId, items } = await draftOf(subject);
    const { token, id: invitationId } = await createdBy(subject, assessmentId);
    await asViewer(rater, () => expectRedirect(() => acceptInvitationAction(IDLE, form({ token }))));
    const refused = await asViewer(rater, () => submitRatingAction(IDLE, form({ invitationId })));
    expect(refused).toMatchObject({ ok: false, detail: { unrated: items.map((item) => item.title) } });
    expect((await db().invitation.findUniqueOrThrow({ where: { id: invitationId } })).state).toBe('ACCEPTED');
  });
});

describe('signing up through an invitation', () => {
  test('returns to the invitation, and never leaves the site', async () => {
    const signUpForm = (callbackUrl: string) => form({ email: `new-${Math.random().toString(36).slice(2)}@example.com`, password: STRONG_PASSWORD, callbackUrl });
    expect(await asVisitor(() => expectRedirect(() => signUp(IDLE, signUpForm(`/invitations/${'a'.repeat(43)}`))))).toBe(`/invitations/${'a'.repeat(43)}`);
    expect(await asVisitor(() => expectRedirect(() => signUp(IDLE, signUpForm('https://evil.example/phish'))))).toBe('/account');
    expect(await asVisitor(() => expectRedirect(() => signUp(IDLE, signUpForm('//evil.example'))))).toBe('/account');
  });
});
