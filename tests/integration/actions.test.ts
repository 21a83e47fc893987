// Every server action in app/, called as Next calls it: through the one
// wrapper, from a browser with a session cookie, on a real database. Each is
// tried by its owner, by a second user and signed out; a refusal must say
// why and change nothing.
import { describe, expect, test, vi } from 'vitest';
import { createGoalAction, deleteGoalAction, deleteItemGoalsAction, setGoalStatusAction, addGoalNoteAction, setReviewDateAction, updateGoalAction } from '@/app/(app)/plan/actions';
import { deleteAssessmentAction, saveAllAnswersAction, saveAnswerAction, startAssessmentAction, submitAssessmentAction } from '@/app/(app)/assessments/actions';
import { createShareLinkAction, revokeShareLinkAction, setMeasureAction, setPriorityChoiceAction } from '@/app/(app)/assessments/[id]/gaps/actions';
import { changePassword, deleteMyAccount, endSessionAction, signOutEverywhere } from '@/app/(app)/account/actions';
import { signUp } from '@/app/(app)/signup/actions';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { db } from '@/lib/db/db';
import { createGoal, getGoal } from '@/lib/data/goals';
import { answerSchema } from '@/lib/validation/assessment';
import { fieldName } from '@/lib/validation/assessment-fields';
import { createGoalSchema } from '@/lib/validation/goal';
import { asViewer, asVisitor, expectRedirect, form, signedInBrowser, within } from '../support/action-request';
import { seedUser, STRONG_PASSWORD } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

type User = Awaited<ReturnType<typeof seedUser>>;
const IDLE = { ok: true } as const;

async function draftOf(user: User) {
  const started = await startAssessment(user, 'blank');
  const assessment = (await getAssessment(user, started!.assessmentId))!;
  return { id: assessment.id, answers: assessment.answers };
}

async function submittedOf(user: User) {
  const { id, answers } = await draftOf(user);
  for (const answer of answers) {
    await saveAnswer(user, answerSchema.parse({ assessmentId: id, itemId: answer.itemId, baseRevision: answer.revision, level: 3, noOpportunity: false, targetLevel: 4, confidence: 'HIGH', evidence: 'Did it.' }));
  }
  await submitAssessment(user, id, []);
  return id;
}

async function goalOf(user: User, itemKey = 'managing-managers') {
  const outcome = await createGoal(
    user,
    createGoalSchema.parse({ itemKey, action: 'Run a skip-level round', successMeasure: 'Every lead has had one', targetDate: '2027-03-31', resourceKeys: [], customTitle: [''], customUrl: [''] }),
  );
  if (outcome.kind !== 'saved') throw new Error('goalOf: not saved');
  return outcome.goalId;
}

const goalFields = { action: 'Coach two leads through hiring', successMeasure: 'Both run a loop alone', targetDate: '2027-05-31' };

describe('every action asks for a session first', () => {
  test.each([
    ['createGoalAction', () => createGoalAction(IDLE, form({ itemKey: 'managing-managers', ...goalFields }))],
    ['setGoalStatusAction', () => setGoalStatusAction(IDLE, form({ goalId: 'x', status: 'DONE' }))],
    ['deleteGoalAction', () => deleteGoalAction(IDLE, form({ goalId: 'x' }))],
    ['deleteItemGoalsAction', () => deleteItemGoalsAction(IDLE, form({ itemKey: 'managing-managers' }))],
    ['setReviewDateAction', () => setReviewDateAction(IDLE, form({ nextReviewOn: '2027-01-31' }))],
    ['startAssessmentAction', () => startAssessmentAction(IDLE, form({ from: 'blank' }))],
    ['saveAnswerAction', () => saveAnswerAction({})],
    ['revokeShareLinkAction', () => revokeShareLinkAction(IDLE, form({ linkId: 'x', assessmentId: 'y' }))],
    ['setMeasureAction', () => setMeasureAction(IDLE, form({ assessmentId: 'x', measure: 'IN_ROLE' }))],
    ['setPriorityChoiceAction', () => setPriorityChoiceAction(IDLE, form({ assessmentId: 'x', pin: 'managing-managers' }))],
  ])('%s redirects a signed-out visitor to sign in', async (_name, run) => {
    expect(await asVisitor(() => expectRedirect(run))).toBe('/signin');
  });
});

describe('plan actions', () => {
  test('creating a goal redirects to it on the plan; bad input says why and writes nothing', async () => {
    const owner = await seedUser();
    const browser = await signedInBrowser(owner);
    const to = await within(browser, () => expectRedirect(() => createGoalAction(IDLE, form({ itemKey: 'managing-managers', ...goalFields }))));
    expect(to).toMatch(/^\/plan\?notice=added#goal-/);
    expect(browser.revalidated).toContain('/plan');

    const refused = await within(browser, () => createGoalAction(IDLE, form({ itemKey: 'managing-managers', ...goalFields, targetDate: '2027-02-30' })));
    expect(refused).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { targetDate: [expect.any(String)] }, values: { targetDate: '2027-02-30' } });
    const unknownItem = await within(browser, () => createGoalAction(IDLE, form({ itemKey: 'not-an-item', ...goalFields })));
    expect(unknownItem).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await db().goal.count({ where: { userId: owner.id } })).toBe(1);
  });

  test('updating: the owner is redirected; another user is told the goal does not exist and nothing changes', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const goalId = await goalOf(owner);
    const fields = { goalId, ...goalFields, action: 'Changed by someone else' };
    expect(await asViewer(other, () => updateGoalAction(IDLE, form(fields)))).toMatchObject({ ok: false, reason: 'not-found' });
    expect((await getGoal(owner, goalId))!.action).toBe('Run a skip-level round');
    expect(await asViewer(owner, () => expectRedirect(() => updateGoalAction(IDLE, form({ ...fields, action: 'Changed by its owner' }))))).toBe(`/plan?notice=updated#goal-${goalId}`);
    expect((await getGoal(owner, goalId))!.action).toBe('Changed by its owner');
  });

  test('a status change is confirmed, a repeat says so, and a bad status or another user’s goal is refused out loud', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const goalId = await goalOf(owner);
    expect(await asViewer(owner, () => setGoalStatusAction(IDLE, form({ goalId, status: 'IN_PROGRESS' })))).toEqual({ ok: true, message: 'Status updated.' });
    expect(await asViewer(owner, () => setGoalStatusAction(IDLE, form({ goalId, status: 'IN_PROGRESS' })))).toEqual({ ok: true, message: 'The goal already had this status.' });
    expect(await asViewer(owner, () => setGoalStatusAction(IDLE, form({ goalId, status: 'FINISHED-ISH' })))).toMatchObject({ ok: false, reason: 'invalid', message: 'Choose a status from the list.' });
    expect(await asViewer(other, () => setGoalStatusAction(IDLE, form({ goalId, status: 'DONE' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect((await getGoal(owner, goalId))!.status).toBe('IN_PROGRESS');
  });

  test('notes: added for the owner, refused for another user and for empty text', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const goalId = await goalOf(owner);
    expect(await asViewer(owner, () => addGoalNoteAction(IDLE, form({ goalId, text: 'Booked the first round' })))).toEqual({ ok: true, message: 'Note added.' });
    expect(await asViewer(owner, () => addGoalNoteAction(IDLE, form({ goalId, text: '   ' })))).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { text: [expect.any(String)] } });
    expect(await asViewer(other, () => addGoalNoteAction(IDLE, form({ goalId, text: 'Not mine' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await db().goalNote.count({ where: { goalId } })).toBe(1);
  });

  test('deleting a goal or an item’s goals: confirmed for the owner, refused for another user and when there is nothing to delete', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const first = await goalOf(owner);
    await goalOf(owner, 'engineering-culture');
    await goalOf(owner, 'engineering-culture');
    expect(await asViewer(other, () => deleteGoalAction(IDLE, form({ goalId: first })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(other, () => deleteItemGoalsAction(IDLE, form({ itemKey: 'engineering-culture' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await db().goal.count({ where: { userId: owner.id } })).toBe(3);

    expect(await asViewer(owner, () => deleteGoalAction(IDLE, form({ goalId: first })))).toEqual({ ok: true, message: 'Goal deleted.' });
    expect(await asViewer(owner, () => deleteGoalAction(IDLE, form({ goalId: first })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(owner, () => deleteGoalAction(IDLE, form({ goalId: '../etc' })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await asViewer(owner, () => deleteItemGoalsAction(IDLE, form({ itemKey: 'engineering-culture' })))).toEqual({ ok: true, message: '2 goals deleted.' });
    expect(await asViewer(owner, () => deleteItemGoalsAction(IDLE, form({ itemKey: 'engineering-culture' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await db().goal.count({ where: { userId: owner.id } })).toBe(0);
  });

  test('the review date: saved for the viewer only; an impossible date is refused', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    expect(await asViewer(owner, () => setReviewDateAction(IDLE, form({ nextReviewOn: '2027-01-31' })))).toEqual({ ok: true, message: 'Review date saved.' });
    expect(await asViewer(owner, () => setReviewDateAction(IDLE, form({ nextReviewOn: '2027-02-31' })))).toMatchObject({ ok: false, reason: 'invalid', values: { nextReviewOn: '2027-02-31' } });
    const dates = await db().user.findMany({ where: { id: { in: [owner.id, other.id] } }, select: { id: true, nextReviewOn: true } });
    expect(Object.fromEntries(dates.map((row) => [row.id, row.nextReviewOn?.toISOString().slice(0, 10) ?? null]))).toEqual({ [owner.id]: '2027-01-31', [other.id]: null });
  });
});

describe('assessment actions', () => {
  test('starting redirects to the new draft, and a second start to the same draft', async () => {
    const owner = await seedUser();
    const first = await asViewer(owner, () => expectRedirect(() => startAssessmentAction(IDLE, form({ from: 'blank' }))));
    expect(first).toMatch(/^\/assessments\/[\w-]+$/);
    expect(await asViewer(owner, () => expectRedirect(() => startAssessmentAction(IDLE, form({ from: 'previous' }))))).toBe(first);
    expect(await asViewer(owner, () => startAssessmentAction(IDLE, form({ from: 'somewhere' })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await db().assessment.count({ where: { subjectId: owner.id } })).toBe(1);
  });

  test('autosave: saved with its new revision; a stale revision is a conflict carrying the current answer; another user gets not-found', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const { id, answers } = await draftOf(owner);
    const answer = answers[0]!;
    const input = { assessmentId: id, itemId: answer.itemId, baseRevision: answer.revision, level: 2, noOpportunity: false, targetLevel: 4, confidence: 'LOW', evidence: 'First pass.' };
    const saved = await asViewer(owner, () => saveAnswerAction(input));
    expect(saved).toMatchObject({ ok: true, data: { level: 2, revision: answer.revision + 1 } });
    const stale = await asViewer(owner, () => saveAnswerAction({ ...input, level: 4 }));
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', detail: { level: 2, revision: answer.revision + 1 } });
    expect(await asViewer(other, () => saveAnswerAction({ ...input, baseRevision: answer.revision + 1, level: 5 }))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(owner, () => saveAnswerAction({ ...input, level: 9 }))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await asViewer(owner, () => saveAnswerAction('not an object'))).toMatchObject({ ok: false, reason: 'invalid' });
    // Autosave has no fields to highlight: the message names the problem itself.
    const extra = await asViewer(owner, () => saveAnswerAction({ ...input, userId: other.id }));
    expect(extra.ok ? '' : extra.message).toMatch(/^Unrecognized key/);
    const stored = await db().assessmentAnswer.findFirstOrThrow({ where: { assessmentId: id, itemId: answer.itemId } });
    expect({ level: stored.level, revision: stored.revision }).toEqual({ level: 2, revision: answer.revision + 1 });
  });

  test('the no-JavaScript save writes every posted item and names the ones it could not', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const { id, answers } = await draftOf(owner);
    const [a, b] = [answers[0]!, answers[1]!];
    const posted = (level: string) => form({
      assessmentId: id,
      [fieldName('baseRevision', a.itemId)]: String(a.revision),
      [fieldName('level', a.itemId)]: '3',
      [fieldName('targetLevel', a.itemId)]: '4',
      [fieldName('evidence', a.itemId)]: 'Posted without JavaScript.',
      [fieldName('baseRevision', b.itemId)]: String(b.revision),
      [fieldName('level', b.itemId)]: level,
      [fieldName('targetLevel', b.itemId)]: '4',
      [fieldName('evidence', b.itemId)]: '',
    });
    expect(await asViewer(other, () => saveAllAnswersAction(IDLE, posted('2')))).toMatchObject({ ok: false, reason: 'not-found' });
    const to = await asViewer(owner, () => expectRedirect(() => saveAllAnswersAction(IDLE, posted('7'))));
    expect(to).toBe(`/assessments/${id}?notice=not-saved&items=${encodeURIComponent(b.itemId)}`);
    const stored = await db().assessmentAnswer.findMany({ where: { assessmentId: id, itemId: { in: [a.itemId, b.itemId] } }, select: { itemId: true, level: true } });
    expect(Object.fromEntries(stored.map((row) => [row.itemId, row.level]))).toEqual({ [a.itemId]: 3, [b.itemId]: null });
  });

  test('submitting asks to confirm unrated items by name, then freezes; another user cannot submit it', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const { id } = await draftOf(owner);
    const asked = await asViewer(owner, () => submitAssessmentAction(IDLE, form({ assessmentId: id })));
    expect(asked.ok).toBe(false);
    expect(asked.ok ? [] : asked.detail?.unrated).toHaveLength(11);
    expect(await asViewer(other, () => submitAssessmentAction(IDLE, form({ assessmentId: id })))).toMatchObject({ ok: false, reason: 'not-found' });
    const keys = asked.ok ? [] : (asked.detail?.unrated ?? []).map((item) => item.key);
    expect(await asViewer(owner, () => expectRedirect(() => submitAssessmentAction(IDLE, form({ assessmentId: id, confirmUnrated: keys }))))).toBe(`/assessments/${id}/gaps?notice=submitted`);
    expect(await asViewer(owner, () => submitAssessmentAction(IDLE, form({ assessmentId: id, confirmUnrated: keys })))).toMatchObject({ ok: false, reason: 'frozen' });
  });

  test('deleting: a submitted assessment needs the confirmation; another user cannot delete it', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const id = await submittedOf(owner);
    expect(await asViewer(other, () => deleteAssessmentAction(IDLE, form({ assessmentId: id, confirmed: 'yes' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(owner, () => deleteAssessmentAction(IDLE, form({ assessmentId: id })))).toMatchObject({ ok: false, message: 'Tick the box to confirm the deletion.' });
    expect(await asViewer(owner, () => deleteAssessmentAction(IDLE, form({ assessmentId: id, confirmed: 'no' })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await db().assessment.count({ where: { id } })).toBe(1);
    expect(await asViewer(owner, () => expectRedirect(() => deleteAssessmentAction(IDLE, form({ assessmentId: id, confirmed: 'yes' }))))).toBe('/assessments?notice=deleted');
    expect(await db().assessment.count({ where: { id } })).toBe(0);
  });
});

describe('share-link actions', () => {
  test('a link is created for a submitted assessment of the viewer’s only, and revoked by its owner only', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const id = await submittedOf(owner);
    const draft = (await draftOf(owner)).id;
    expect(await asViewer(other, () => createShareLinkAction(IDLE, form({ assessmentId: id, label: 'Not mine', days: '7' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(owner, () => createShareLinkAction(IDLE, form({ assessmentId: draft, label: 'Too early', days: '7' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(owner, () => createShareLinkAction(IDLE, form({ assessmentId: id, label: '', days: '7' })))).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { label: [expect.any(String)] } });
    const created = await asViewer(owner, () => createShareLinkAction(IDLE, form({ assessmentId: id, label: 'My manager', days: '7' })));
    expect(created.ok ? created.data?.path : created.message).toMatch(/^\/shared\/[\w-]{43}$/);
    const link = await db().shareLink.findFirstOrThrow({ where: { assessmentId: id } });

    expect(await asViewer(other, () => revokeShareLinkAction(IDLE, form({ linkId: link.id, assessmentId: id })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect((await db().shareLink.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).toBeNull();
    expect(await asViewer(owner, () => revokeShareLinkAction(IDLE, form({ linkId: link.id, assessmentId: id })))).toMatchObject({ ok: true });
    expect((await db().shareLink.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).not.toBeNull();
    expect(await asViewer(owner, () => revokeShareLinkAction(IDLE, form({ linkId: 'bad id!', assessmentId: id })))).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('readiness choices: the measure, and pinned or dismissed priorities', () => {
  const stateOf = async (id: string) => {
    const assessment = await db().assessment.findUniqueOrThrow({
      where: { id },
      select: { measure: true, updatedAt: true, answers: { select: { targetLevel: true, revision: true, item: { select: { key: true } } } } },
    });
    return {
      measure: assessment.measure,
      updatedAt: assessment.updatedAt,
      targets: Object.fromEntries(assessment.answers.map((answer) => [answer.item.key, answer.targetLevel])),
      revisions: Object.fromEntries(assessment.answers.map((answer) => [answer.item.key, answer.revision])),
    };
  };

  test('the owner switches the measure of a draft: targets at the framework level move, a target of their own stays, and an open form is told', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const { id, answers } = await draftOf(owner);
    const items = await db().frameworkItem.findMany({ where: { id: { in: answers.map((answer) => answer.itemId) } }, select: { id: true, key: true } });
    const own = answers.find((answer) => answer.itemId === items.find((item) => item.key === 'engineering-culture')!.id)!;
    // A target set by the person: below the step-up level of 3.
    await saveAnswer(owner, answerSchema.parse({ assessmentId: id, itemId: own.itemId, baseRevision: own.revision, level: 2, noOpportunity: false, targetLevel: 2, confidence: 'HIGH', evidence: 'Ran the survey.' }));
    const before = await stateOf(id);
    expect(before.measure).toBe('STEP_UP');
    expect(before.targets['managing-managers']).toBe(3);

    // Another user, bad input and an unknown id are refused and change nothing.
    expect(await asViewer(other, () => setMeasureAction(IDLE, form({ assessmentId: id, measure: 'IN_ROLE' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(owner, () => setMeasureAction(IDLE, form({ assessmentId: id, measure: 'SOMETHING' })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await asViewer(owner, () => setMeasureAction(IDLE, form({ assessmentId: id, measure: 'IN_ROLE', targetLevel: '1' })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await asViewer(owner, () => setMeasureAction(IDLE, form({ assessmentId: 'no-such-assessment', measure: 'IN_ROLE' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await stateOf(id)).toEqual(before);

    const browser = await signedInBrowser(owner);
    const switched = await within(browser, () => setMeasureAction(IDLE, form({ assessmentId: id, measure: 'IN_ROLE' })));
    expect(switched).toMatchObject({ ok: true, message: expect.stringMatching(/^Readiness is measured against “effective in the role”: 10 targets moved to its levels; 1 you set yourself stay as you set them\.$/) as string });
    expect(browser.revalidated).toEqual(expect.arrayContaining([`/assessments/${id}/gaps`, `/assessments/${id}`, '/assessments', '/progress', '/']));
    const after = await stateOf(id);
    expect(after.measure).toBe('IN_ROLE');
    expect(after.targets).toEqual({ ...Object.fromEntries(Object.keys(before.targets).map((key) => [key, 4])), 'engineering-culture': 2 });
    expect(after.revisions['managing-managers']).toBe(before.revisions['managing-managers']! + 1);
    expect(after.revisions['engineering-culture']).toBe(before.revisions['engineering-culture']);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());

    // The same measure again changes nothing; back to step up restores the framework's levels.
    expect(await asViewer(owner, () => setMeasureAction(IDLE, form({ assessmentId: id, measure: 'IN_ROLE' })))).toMatchObject({ ok: true, message: expect.stringContaining('already') as string });
    expect(await asViewer(owner, () => setMeasureAction(IDLE, form({ assessmentId: id, measure: 'STEP_UP' })))).toMatchObject({ ok: true });
    expect((await stateOf(id)).targets).toEqual(before.targets);
  });

  test('a submitted assessment can be re-measured too, and its readiness follows at once, past the totals kept for submitted assessments', async () => {
    const owner = await seedUser();
    const id = await submittedOf(owner);
    // Targets at the framework's step-up levels, submitted long enough ago for its totals to be kept.
    await db().$executeRaw`UPDATE "AssessmentAnswer" answer SET "targetLevel" = item."stepUpLevel" FROM "FrameworkItem" item WHERE item.id = answer."itemId" AND answer."assessmentId" = ${id}`;
    await db().$executeRaw`UPDATE "Assessment" SET "submittedAt" = ${new Date(Date.now() - 120_000)} WHERE id = ${id}`;
    const { listAssessments } = await import('@/lib/data/assessments');
    const readinessNow = async () => (await listAssessments(owner)).find((assessment) => assessment.id === id)!.readiness.percent;
    // Every item at 3: at or above every step-up target.
    expect(await readinessNow()).toBe(100);
    expect(await readinessNow()).toBe(100);
    const outcome = await asViewer(owner, () => setMeasureAction(IDLE, form({ assessmentId: id, measure: 'IN_ROLE' })));
    expect(outcome).toMatchObject({ ok: true, message: expect.stringContaining('11 targets moved') as string });
    // Level 3 of target 4 on every item.
    expect(await readinessNow()).toBe(67);
  });

  test('pin, dismiss and restore: stored for the owner’s assessment only; another user, an unknown item and bad input write nothing', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const id = await submittedOf(owner);
    const choices = () => db().priorityChoice.findMany({ where: { assessmentId: id }, select: { choice: true, item: { select: { key: true } } } });

    expect(await asViewer(other, () => setPriorityChoiceAction(IDLE, form({ assessmentId: id, pin: 'managing-managers' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(owner, () => setPriorityChoiceAction(IDLE, form({ assessmentId: id, pin: 'not-an-item' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await asViewer(owner, () => setPriorityChoiceAction(IDLE, form({ assessmentId: id, pin: 'managing-managers', dismiss: 'engineering-culture' })))).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(await asViewer(owner, () => setPriorityChoiceAction(IDLE, form({ assessmentId: id, pin: 'managing-managers', userId: other.id })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await choices()).toEqual([]);

    const browser = await signedInBrowser(owner);
    expect(await within(browser, () => setPriorityChoiceAction(IDLE, form({ assessmentId: id, pin: 'ai-ethics-position' })))).toMatchObject({
      ok: true,
      message: 'Pinned: AI ethics position stays at the top of your priorities while it is below target.',
    });
    expect(browser.revalidated).toContain(`/assessments/${id}/gaps`);
    expect(await within(browser, () => setPriorityChoiceAction(IDLE, form({ assessmentId: id, dismiss: 'managing-managers' })))).toMatchObject({ ok: true, message: expect.stringMatching(/^Dismissed: Managing Managers/) as string });
    expect(await choices()).toEqual(
      expect.arrayContaining([
        { choice: 'PINNED', item: { key: 'ai-ethics-position' } },
        { choice: 'DISMISSED', item: { key: 'managing-managers' } },
      ]),
    );
    const { getSummarySource } = await import('@/lib/data/summaries');
    const { buildSummary } = await import('@/lib/domain/summary');
    const summary = buildSummary((await getSummarySource(owner, id))!);
    expect(summary.priorities[0]).toMatchObject({ key: 'ai-ethics-position', pinned: true });
    expect(summary.priorities.map((priority) => priority.key)).not.toContain('managing-managers');
    expect(summary.dismissed.map((priority) => priority.key)).toEqual(['managing-managers']);

    // Another user cannot restore it; the owner can, and a second restore finds nothing left to undo but still succeeds.
    expect(await asViewer(other, () => setPriorityChoiceAction(IDLE, form({ assessmentId: id, restore: 'managing-managers' })))).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await choices()).toHaveLength(2);
    expect(await asViewer(owner, () => setPriorityChoiceAction(IDLE, form({ assessmentId: id, restore: 'managing-managers' })))).toMatchObject({ ok: true, message: expect.stringMatching(/^Restored/) as string });
    expect(await choices()).toEqual([{ choice: 'PINNED', item: { key: 'ai-ethics-position' } }]);

    // Deleting the assessment takes its choices with it.
    await db().assessment.delete({ where: { id } });
    expect(await db().priorityChoice.count({ where: { assessmentId: id } })).toBe(0);
  });
});

describe('account actions', () => {
  const sessionsOf = (userId: string) => db().userSession.count({ where: { userId } });

  test('changing the password: the current one is checked, a weak one refused, and every other session ends', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const here = await signedInBrowser(owner);
    await signedInBrowser(owner);
    await signedInBrowser(other);
    const wrong = await within(here, () => changePassword(IDLE, form({ currentPassword: 'not it at all', newPassword: 'amber harbour violet canyon 73' })));
    expect(wrong).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { currentPassword: ['That is not your current password.'] } });
    const weak = await within(here, () => changePassword(IDLE, form({ currentPassword: STRONG_PASSWORD, newPassword: 'password1234' })));
    expect(weak).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { newPassword: [expect.any(String)] } });
    expect(await sessionsOf(owner.id)).toBe(2);
    const changed = await within(here, () => changePassword(IDLE, form({ currentPassword: STRONG_PASSWORD, newPassword: 'amber harbour violet canyon 73' })));
    expect(changed).toEqual({ ok: true, message: 'Password changed. You have been signed out everywhere else.' });
    expect([await sessionsOf(owner.id), await sessionsOf(other.id)]).toEqual([1, 1]);
  });

  test('ending a session: the owner’s ends, another user’s id is refused like an ended one', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const here = await signedInBrowser(owner);
    await signedInBrowser(owner);
    await signedInBrowser(other);
    const [elsewhere] = await db().userSession.findMany({ where: { userId: owner.id }, orderBy: { createdAt: 'desc' }, take: 1 });
    const [theirs] = await db().userSession.findMany({ where: { userId: other.id } });
    expect(await within(here, () => endSessionAction(IDLE, form({ sessionId: theirs!.id })))).toEqual({ ok: false, reason: 'not-found', message: 'That session has already ended.' });
    expect(await sessionsOf(other.id)).toBe(1);
    expect(await within(here, () => endSessionAction(IDLE, form({ sessionId: elsewhere!.id })))).toMatchObject({ ok: true });
    expect(await within(here, () => endSessionAction(IDLE, form({ sessionId: 'short' })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await sessionsOf(owner.id)).toBe(1);
  });

  test('signing out everywhere ends all of the viewer’s sessions and none of anyone else’s; extra fields are refused', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const here = await signedInBrowser(owner);
    await signedInBrowser(other);
    expect(await within(here, () => signOutEverywhere(IDLE, form({ userId: other.id })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await within(here, () => expectRedirect(() => signOutEverywhere(IDLE, form({}))))).toBe('/signin?notice=signed-out-everywhere');
    expect([await sessionsOf(owner.id), await sessionsOf(other.id)]).toEqual([0, 1]);
  });

  test('deleting the account needs the typed confirmation, then removes the viewer only', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    expect(await asViewer(owner, () => deleteMyAccount(IDLE, form({ confirmation: 'delete' })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await db().user.count({ where: { id: owner.id } })).toBe(1);
    expect(await asViewer(owner, () => expectRedirect(() => deleteMyAccount(IDLE, form({ confirmation: 'delete my account' }))))).toBe('/signin?notice=deleted');
    expect(await db().user.count({ where: { id: { in: [owner.id, other.id] } } })).toBe(1);
  });

  test('signing up needs no session: a weak password is refused with what was typed, a strong one signs the new account in', async () => {
    const email = `new-${Date.now()}@example.com`;
    const weak = await asVisitor(() => signUp(IDLE, form({ name: 'Ada', email, password: 'password1234' })));
    expect(weak).toMatchObject({ ok: false, reason: 'invalid', values: { email, name: 'Ada' } });
    expect(await db().user.count({ where: { email } })).toBe(0);
    expect(await asVisitor(() => expectRedirect(() => signUp(IDLE, form({ name: 'Ada', email, password: STRONG_PASSWORD }))))).toBe('/welcome');
    const created = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect(await db().userSession.count({ where: { userId: created.id } })).toBe(1);
    expect(await asVisitor(() => signUp(IDLE, form({ email, password: STRONG_PASSWORD })))).toMatchObject({ ok: false });
    expect(await db().user.count({ where: { email } })).toBe(1);
  });
});
