import { describe, expect, test } from 'vitest';
import { getAssessment, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { getItemHistory } from '@/lib/data/item-history';
import { listSubmissionTimes } from '@/lib/data/progress';
import { db } from '@/lib/db/db';
import { seedUser } from '../support/users';

type User = Awaited<ReturnType<typeof seedUser>>;

/** A submitted assessment with every item at `level` (null: unrated), dated `day`; the managing-managers item gets `managing` instead. */
async function submitOn(user: User, day: string, managing: { level: number | null; noOpportunity?: boolean }, level: number | null = 3): Promise<string> {
  const started = await startAssessment(user, 'blank');
  const assessment = (await getAssessment(user, started!.assessmentId))!;
  const items = assessment.frameworkVersion.sections.flatMap((section) => section.items);
  for (const item of items) {
    const data = item.key === 'managing-managers' ? { level: managing.level, noOpportunity: managing.noOpportunity ?? false } : { level, noOpportunity: false };
    await db().assessmentAnswer.updateMany({ where: { assessmentId: assessment.id, itemId: item.id }, data });
  }
  await submitAssessment(user, assessment.id, items.map((item) => item.key));
  await db().assessment.update({ where: { id: assessment.id }, data: { submittedAt: new Date(day) } });
  return assessment.id;
}

describe('one item’s history', () => {
  test('runs over the user’s own submitted assessments, oldest first, never a draft or another user’s', async () => {
    const [ada, bea] = [await seedUser(), await seedUser()];
    const second = await submitOn(ada, '2026-06-02T16:40:00Z', { level: 3 });
    const first = await submitOn(ada, '2026-03-01T09:00:00Z', { level: 2 });
    const third = await submitOn(ada, '2026-06-02T09:15:00Z', { level: null, noOpportunity: true });
    await startAssessment(ada, 'blank');
    await submitOn(bea, '2026-05-01T09:00:00Z', { level: 5 });

    const history = await getItemHistory(ada, 'managing-managers');
    expect(history).toMatchObject({ key: 'managing-managers', title: 'Managing Managers', scale: { min: 1, max: 5 } });
    expect(history!.entries.map((entry) => [entry.assessmentId, entry.level, entry.noOpportunity])).toEqual([
      [first, 2, false],
      [third, null, true],
      [second, 3, false],
    ]);
    expect(history!.entries.map((entry) => entry.submittedAt.toISOString())).toEqual([
      '2026-03-01T09:00:00.000Z',
      '2026-06-02T09:15:00.000Z',
      '2026-06-02T16:40:00.000Z',
    ]);

    const beas = await getItemHistory(bea, 'managing-managers');
    expect(beas!.entries.map((entry) => entry.level)).toEqual([5]);
  });

  test('nothing of the user’s to show answers null, as a made-up key does', async () => {
    const [ada, bea] = [await seedUser(), await seedUser()];
    await submitOn(ada, '2026-03-01T09:00:00Z', { level: 2 });
    await startAssessment(bea, 'blank');
    expect(await getItemHistory(bea, 'managing-managers')).toBeNull();
    expect(await getItemHistory(ada, 'not-an-item')).toBeNull();
  });

  test('submission times list the user’s own submitted assessments only', async () => {
    const [ada, bea] = [await seedUser(), await seedUser()];
    const id = await submitOn(ada, '2026-03-01T09:00:00Z', { level: 2 });
    await startAssessment(ada, 'blank');
    await submitOn(bea, '2026-04-01T09:00:00Z', { level: 2 });
    expect(await listSubmissionTimes(ada)).toEqual([{ id, at: new Date('2026-03-01T09:00:00Z') }]);
  });
});
