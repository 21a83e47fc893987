import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getAssessment, setAssessmentMeasure, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { db } from '@/lib/db/db';
import { getProgress, getReadinessItems, listSubmissionTimes, listSubmissionTimesNear } from '@/lib/data/progress';
import { nameAssessments } from '@/lib/domain/assessment-names';
import { readinessOfAnswers } from '@/lib/domain/assessment-readiness';
import { buildTrend } from '@/lib/domain/trend';
import { seedUser } from '../support/users';

type User = Awaited<ReturnType<typeof seedUser>>;
type Answer = { level: number | null; noOpportunity: boolean; targetLevel: number; confidence?: 'LOW' | 'MEDIUM' | 'HIGH' | null; evidence?: string };

/** A submitted assessment whose answers are set straight in the database; returns each item's section key. */
async function submitWith(user: User, answers: (index: number) => Answer) {
  const started = await startAssessment(user, 'blank');
  const assessment = (await getAssessment(user, started!.assessmentId))!;
  const items = assessment.frameworkVersion.sections.flatMap((section) => section.items.map((item) => ({ ...item, sectionKey: section.key })));
  const itemIds = items.map((item) => item.id);
  await setAnswers(assessment.id, itemIds, answers);
  // Naming every item confirms that any left unrated are left on purpose.
  await submitAssessment(user, assessment.id, items.map((item) => item.key));
  return { id: assessment.id, itemIds, sectionOf: new Map(items.map((item) => [item.id, item.sectionKey])) };
}

async function setAnswers(assessmentId: string, itemIds: string[], answers: (index: number) => Answer) {
  for (const [index, itemId] of itemIds.entries()) await db().assessmentAnswer.updateMany({ where: { assessmentId, itemId }, data: answers(index) });
}

describe('progress over time', () => {
  test('lists only the user’s own submitted assessments, oldest first, never a draft', async () => {
    const [ada, bea] = [await seedUser(), await seedUser()];
    const first = await submitWith(ada, () => ({ level: 2, noOpportunity: false, targetLevel: 4 }));
    const second = await submitWith(ada, () => ({ level: 4, noOpportunity: false, targetLevel: 4 }));
    await startAssessment(ada, 'blank');
    await submitWith(bea, () => ({ level: 1, noOpportunity: false, targetLevel: 4 }));

    const { assessments, sections } = await getProgress(ada);
    expect(sections.map((section) => section.title)).toEqual(['Skills to Develop', 'Behaviours to Demonstrate']);
    const points = buildTrend(assessments, sections.map((section) => section.key));
    expect(points.map((point) => [point.id, point.overall])).toEqual([
      [first.id, 33],
      [second.id, 100],
    ]);
    expect(points.every((point) => point.submittedAt instanceof Date)).toBe(true);
    expect((await getProgress(bea)).assessments).toHaveLength(1);
  });

  test('a window holds the latest submitted assessments, oldest first, and says how many there are in all', async () => {
    const [ada, bea] = [await seedUser(), await seedUser()];
    const rated = (level: number) => () => ({ level, noOpportunity: false, targetLevel: 4 });
    const ids: string[] = [];
    for (const [index, day] of ['2026-01-10', '2026-04-10', '2026-07-10'].entries()) {
      const { id } = await submitWith(ada, rated(index + 1));
      await db().assessment.update({ where: { id }, data: { submittedAt: new Date(`${day}T09:00:00Z`) } });
      ids.push(id);
    }
    await submitWith(bea, rated(4));

    const latestTwo = await getProgress(ada, { limit: 2 });
    expect(latestTwo.submitted).toBe(3);
    expect(latestTwo.assessments.map((assessment) => assessment.id)).toEqual([ids[1], ids[2]]);
    const all = await getProgress(ada);
    expect(all.submitted).toBe(3);
    expect(all.assessments.map((assessment) => assessment.id)).toEqual(ids);
    expect((await getProgress(ada, { limit: 40 })).assessments).toHaveLength(3);
    expect(await getProgress(await seedUser(), { limit: 2 })).toMatchObject({ assessments: [], submitted: 0 });
  });

  test('the database adds each section up exactly as the answers would be added in code', async () => {
    const user = await seedUser();
    const { id, itemIds } = await submitWith(user, () => ({ level: 3, noOpportunity: false, targetLevel: 4 }));
    // "No opportunity yet" never carries a level: the database refuses that state.
    const answer = fc
      .record({
        level: fc.option(fc.integer({ min: 1, max: 5 })),
        noOpportunity: fc.boolean(),
        targetLevel: fc.integer({ min: 1, max: 5 }),
        confidence: fc.constantFrom(null, 'LOW', 'HIGH'),
        evidence: fc.constantFrom('', 'Ran the review.'),
      })
      .map((drawn) => (drawn.noOpportunity ? { ...drawn, level: null } : drawn));
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { minLength: itemIds.length, maxLength: itemIds.length }), async (answers) => {
        await setAnswers(id, itemIds, (index) => answers[index]!);
        const { assessments, sections } = await getProgress(user);
        const [point] = buildTrend(assessments, sections.map((section) => section.key));
        const stored = (await getAssessment(user, id))!;
        expect(point?.overall).toBe(readinessOfAnswers(stored.frameworkVersion.sections, stored.answers).percent);
        for (const section of stored.frameworkVersion.sections) {
          expect(point?.sections[section.key]).toBe(readinessOfAnswers([{ ...section, weight: 1 }], stored.answers).percent);
        }
      }),
      { numRuns: 20 },
    );
  });

  test('a settled assessment’s item readiness is kept per process until its row changes, and is never read for someone else', async () => {
    const [ada, bea] = [await seedUser(), await seedUser()];
    const { id, itemIds } = await submitWith(ada, () => ({ level: 3, noOpportunity: false, targetLevel: 4 }));
    // Submitted an hour ago: past the minute a save already on its way might still land in.
    await db().assessment.update({ where: { id }, data: { submittedAt: new Date(Date.now() - 3_600_000) } });
    const stampOf = async (user: User) => (await getProgress(user)).stamps.get(id);
    const stamp = (await stampOf(ada))!;
    const levels = async (user: User, at = stamp) => (await getReadinessItems(user, [at])).get(id)?.map((item) => item.answer?.level);

    expect(await levels(ada)).toEqual(itemIds.map(() => 3));
    // Behind the app's back, so the row's updatedAt stays: what was kept is what is served.
    await setAnswers(id, itemIds, () => ({ level: 1, noOpportunity: false, targetLevel: 4 }));
    expect(await levels(ada)).toEqual(itemIds.map(() => 3));
    expect(await levels(bea)).toBeUndefined();
    expect(await stampOf(bea)).toBeUndefined();

    // A new measure moves the row's updatedAt: the items are read afresh, with the levels now stored.
    expect(await setAssessmentMeasure(ada, id, 'IN_ROLE')).toMatchObject({ kind: 'changed' });
    const moved = (await stampOf(ada))!;
    expect(moved.updatedAt.getTime()).toBeGreaterThan(stamp.updatedAt.getTime());
    expect(await levels(ada, moved)).toEqual(itemIds.map(() => 1));
  });

  test('the assessments within a day of two are all that naming those two apart needs, and are only the viewer’s', async () => {
    const [ada, bea] = [await seedUser(), await seedUser()];
    const rated = () => ({ level: 3, noOpportunity: false, targetLevel: 4 });
    // Two on one day a minute apart, two in one minute, and days between them with one each.
    const moments = ['2026-01-05T09:00:00Z', '2026-01-05T09:01:00Z', '2026-02-10T23:30:10Z', '2026-02-10T23:30:40Z', '2026-02-11T00:10:00Z', '2026-03-01T12:00:00Z'];
    const ids: string[] = [];
    for (const moment of moments) {
      const { id } = await submitWith(ada, rated);
      await db().assessment.update({ where: { id }, data: { submittedAt: new Date(moment) } });
      ids.push(id);
    }
    const { id: theirs } = await submitWith(bea, rated);
    await db().assessment.update({ where: { id: theirs }, data: { submittedAt: new Date('2026-02-10T23:30:20Z') } });

    const everyName = nameAssessments(await listSubmissionTimes(ada));
    for (const [from, to] of [[0, 2], [1, 3], [4, 5], [0, 5]] as const) {
      const near = await listSubmissionTimesNear(ada, [new Date(moments[from]!), new Date(moments[to]!)]);
      expect(near.map(({ id }) => id)).not.toContain(theirs);
      const names = nameAssessments(near);
      expect([names.get(ids[from]!), names.get(ids[to]!)]).toEqual([everyName.get(ids[from]!), everyName.get(ids[to]!)]);
    }
    expect((await listSubmissionTimesNear(ada, [new Date('2026-03-01T12:00:00Z')])).map(({ id }) => id)).toEqual([ids[5]]);
    expect(await listSubmissionTimesNear(ada, [])).toEqual([]);
  });
});
