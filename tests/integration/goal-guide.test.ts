// What the plan and the goal form show about an item: the person's standing
// from their own latest submitted assessment (or the one a goal was started
// from), and the next level's text from that assessment's framework version.
import { describe, expect, test, vi } from 'vitest';
import { createGoalAction } from '@/app/(app)/plan/actions';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { getGoal } from '@/lib/data/goals';
import { getGoalGuide, listItemStandings } from '@/lib/data/item-standings';
import { answerSchema } from '@/lib/validation/assessment';
import { CUSTOM_RESOURCE_ROWS } from '@/lib/validation/limits';
import { asViewer, expectRedirect, form } from '../support/action-request';
import { seedUser } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

type User = Awaited<ReturnType<typeof seedUser>>;
const ITEM = 'managing-managers';

/** A draft with Managing Managers at `level` (target 4) and every other item at 3; submitted unless asked not to. */
async function assessed(user: User, level: number, submit = true) {
  const started = await startAssessment(user, 'blank');
  const assessment = (await getAssessment(user, started!.assessmentId))!;
  const keys = new Map(assessment.frameworkVersion.sections.flatMap((section) => section.items.map((item) => [item.id, item.key] as const)));
  for (const answer of assessment.answers) {
    const mine = keys.get(answer.itemId) === ITEM;
    await saveAnswer(
      user,
      answerSchema.parse({
        assessmentId: assessment.id,
        itemId: answer.itemId,
        baseRevision: answer.revision,
        level: mine ? level : 3,
        noOpportunity: false,
        targetLevel: 4,
        confidence: 'MEDIUM',
        evidence: mine ? `I coach one lead (level ${level}).` : 'Done.',
      }),
    );
  }
  if (submit) await submitAssessment(user, assessment.id, []);
  return assessment.id;
}

describe('an item’s standing', () => {
  test('comes from the viewer’s latest submitted assessment only; nothing before the first, nothing of anyone else’s', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    expect((await listItemStandings(owner)).size).toBe(0);
    await assessed(owner, 1);
    await assessed(owner, 2);
    // A later draft is not where the person stands yet.
    await assessed(owner, 4, false);
    expect((await listItemStandings(owner)).get(ITEM)).toMatchObject({ level: 2, noOpportunity: false, targetLevel: 4 });
    expect((await listItemStandings(owner)).get(ITEM)?.levelName).toMatch(/\S/);
    expect((await listItemStandings(other)).size).toBe(0);
  });

  test('the goal guide has the evidence and the next level’s descriptor and signals; another user’s assessment id finds nothing of it', async () => {
    const [owner, other] = [await seedUser(), await seedUser()];
    const id = await assessed(owner, 2);
    const guide = await getGoalGuide(owner, ITEM);
    expect(guide).toMatchObject({ level: 2, targetLevel: 4, evidence: 'I coach one lead (level 2).', draft: false, next: { level: 3 } });
    expect(guide!.next!.signals.length).toBeGreaterThanOrEqual(2);
    expect(guide!.next!.text).toMatch(/several managers/);
    expect(guide!.stretch).toMatch(/second manager/);

    expect(await getGoalGuide(owner, ITEM, id)).toEqual(guide);
    expect(await getGoalGuide(other, ITEM, id)).toBeNull();
    expect(await getGoalGuide(other, ITEM)).toBeNull();
    expect(await getGoalGuide(owner, 'not-an-item')).toBeNull();
  });

  test('a goal started from a draft’s gap view is guided by that draft', async () => {
    const owner = await seedUser();
    await assessed(owner, 2);
    const draft = await assessed(owner, 3, false);
    expect(await getGoalGuide(owner, ITEM, draft)).toMatchObject({ level: 3, draft: true, next: { level: 4 } });
  });
});

describe('written-in resources', () => {
  test(`up to ${CUSTOM_RESOURCE_ROWS} are saved in the order given; one more is refused`, async () => {
    const owner = await seedUser();
    const titles = Array.from({ length: CUSTOM_RESOURCE_ROWS }, (_, index) => `Talk ${index + 1}`);
    const fields = { itemKey: ITEM, action: 'Coach two leads', successMeasure: 'Both run a loop alone', targetDate: '2027-05-31' };
    const to = await asViewer(owner, () => expectRedirect(() => createGoalAction({ ok: true }, form({ ...fields, customTitle: titles, customUrl: titles.map(() => '') }))));
    const goal = await getGoal(owner, to.split('#goal-')[1]!);
    expect(goal!.resources.map((resource) => resource.title)).toEqual(titles);
    const tooMany = await asViewer(owner, () => createGoalAction({ ok: true }, form({ ...fields, customTitle: [...titles, 'One more'], customUrl: [] })));
    expect(tooMany).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
