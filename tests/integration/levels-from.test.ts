// Gaps and priorities from agreed levels: the EM's choice, called as Next
// calls the action, on a real database; the summary the gap view, the
// exports and a share link are built from follows it, and the readiness
// figure stays on the EM's own ratings.
import { describe, expect, test, vi } from 'vitest';
import { setLevelsFromAction } from '@/app/(app)/assessments/[id]/gaps/actions';
import { agreedLevelAction } from '@/app/(app)/assessments/[id]/others/view/actions';
import { getSummarySource } from '@/lib/data/summaries';
import { exportAccountData } from '@/lib/data/users';
import { db } from '@/lib/db/db';
import { buildSharedSummary, buildSummary } from '@/lib/domain/summary';
import { asViewer, form } from '../support/action-request';
import { ratedDraft, submitSelf } from '../support/others-fixture';
import { seedUser } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

const IDLE = { ok: true } as const;

/** A submitted assessment rated 2 on every item, with "Managing Managers" agreed at 4 with the EM's manager. */
async function withAgreedLevel(name = 'Sam Subject') {
  const subject = await seedUser(name);
  const { assessmentId, items } = await ratedDraft(subject, Array.from({ length: 11 }, () => 2));
  await submitSelf(subject, assessmentId);
  const itemId = items[0]!.id;
  const agreed = await asViewer(subject, () => agreedLevelAction(IDLE, form({ assessmentId, itemId, intent: 'save', level: '4', agreedWith: 'Mo (my manager)', note: '' })));
  expect(agreed).toMatchObject({ ok: true });
  return { subject, assessmentId, items };
}

const levelsFromOf = async (assessmentId: string) => (await db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { levelsFrom: true } })).levelsFrom;

describe('starting gaps from agreed levels', () => {
  test('the summary follows the choice: gaps and priorities from the agreed level, readiness from the EM’s own', async () => {
    const { subject, assessmentId } = await withAgreedLevel();
    const own = buildSummary((await getSummarySource(subject, assessmentId))!);
    expect(own.items[0]).toMatchObject({ title: 'Managing Managers', level: 2, levelAgreedWith: null });
    expect(own.measure).not.toContain('agreed');
    // Until the EM chooses agreed levels, nothing of the agreement travels with the summary (share page, exports).
    expect(JSON.stringify(own)).not.toContain('Mo (my manager)');

    const chosen = await asViewer(subject, () => setLevelsFromAction(IDLE, form({ assessmentId, levelsFrom: 'AGREED' })));
    expect(chosen).toEqual({ ok: true, message: 'Gaps and priorities now start from the levels you agreed on 1 item, and your own on the rest.' });
    expect(await levelsFromOf(assessmentId)).toBe('AGREED');

    const agreed = buildSummary((await getSummarySource(subject, assessmentId))!);
    expect(agreed.items[0]).toMatchObject({ level: 4, levelAgreedWith: 'Mo (my manager)' });
    expect(agreed.items.slice(1).every((item) => item.level === 2 && item.levelAgreedWith === null)).toBe(true);
    expect(agreed.gaps.find((gap) => gap.title === 'Managing Managers')?.state).toBe('at-target');
    const belowTarget = (summary: typeof own) => [...summary.priorities, ...summary.otherGaps].map((priority) => priority.title);
    expect(belowTarget(agreed)).not.toContain('Managing Managers');
    expect(belowTarget(own)).toContain('Managing Managers');
    expect(agreed.readiness).toEqual(own.readiness);
    expect(agreed.measure).toContain('Gaps and priorities start from the levels you agreed with others on 1 of 11 items, and your own on the rest; readiness stays on your own ratings.');
    // What the EM shares says the same of them by name.
    expect(buildSharedSummary((await getSummarySource(subject, assessmentId))!).measure).toContain('the levels Sam Subject agreed with others on 1 of 11 items, and their own on the rest');

    expect(await asViewer(subject, () => setLevelsFromAction(IDLE, form({ assessmentId, levelsFrom: 'AGREED' })))).toEqual({
      ok: true,
      message: 'Gaps already start from the levels you agreed.',
    });
    expect(await asViewer(subject, () => setLevelsFromAction(IDLE, form({ assessmentId, levelsFrom: 'SELF' })))).toEqual({ ok: true, message: 'Gaps and priorities now start from your own levels.' });
    expect(buildSummary((await getSummarySource(subject, assessmentId))!).items[0]).toMatchObject({ level: 2, levelAgreedWith: null });
  });

  test('the choice is in the data export', async () => {
    const { subject, assessmentId } = await withAgreedLevel();
    await asViewer(subject, () => setLevelsFromAction(IDLE, form({ assessmentId, levelsFrom: 'AGREED' })));
    const exported = await exportAccountData(subject);
    expect(exported?.assessments.find((assessment) => assessment.id === assessmentId)).toMatchObject({ levelsFrom: 'AGREED' });
  });

  test('refused with a reason, and nothing written: another user’s, a draft, none agreed yet, bad input', async () => {
    const { subject, assessmentId } = await withAgreedLevel();
    const stranger = await seedUser('Stella Stranger');
    expect(await asViewer(stranger, () => setLevelsFromAction(IDLE, form({ assessmentId, levelsFrom: 'AGREED' })))).toMatchObject({
      ok: false,
      reason: 'not-found',
      message: 'This assessment does not exist, or it is not yours.',
    });
    const bad: Record<string, string>[] = [{ levelsFrom: 'OTHERS' }, { levelsFrom: '' }, { levelsFrom: 'AGREED', extra: 'x' }, {}];
    for (const fields of bad) {
      expect(await asViewer(subject, () => setLevelsFromAction(IDLE, form({ assessmentId, ...fields })))).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(await levelsFromOf(assessmentId)).toBe('SELF');

    const draft = await ratedDraft(subject);
    expect(await asViewer(subject, () => setLevelsFromAction(IDLE, form({ assessmentId: draft.assessmentId, levelsFrom: 'AGREED' })))).toMatchObject({
      ok: false,
      message: 'Agreed levels belong to a submitted assessment: submit this one first.',
    });
    expect(await levelsFromOf(draft.assessmentId)).toBe('SELF');

    const { subject: other, assessmentId: noneAgreed } = await withAgreedLevel('Nia None');
    await db().agreedLevel.deleteMany({ where: { assessmentId: noneAgreed } });
    expect(await asViewer(other, () => setLevelsFromAction(IDLE, form({ assessmentId: noneAgreed, levelsFrom: 'AGREED' })))).toMatchObject({
      ok: false,
      message: 'No level is agreed on this assessment yet: record one on its Others’ view page first.',
    });
    expect(await levelsFromOf(noneAgreed)).toBe('SELF');
  });
});
