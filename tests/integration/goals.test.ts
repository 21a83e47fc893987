import { describe, expect, test } from 'vitest';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { db } from '@/lib/db/db';
import {
  addGoalNote,
  createGoal,
  deleteGoal,
  deleteItemGoals,
  getGoal,
  listCurrentGoals,
  listGoals,
  listPlannableItems,
  setGoalStatus,
  setNextReviewDate,
  updateGoal,
} from '@/lib/data/goals';
import { getHomeOverview } from '@/lib/data/home';
import { createShareLink, getSharedSummarySource } from '@/lib/data/share-links';
import { getSummarySource } from '@/lib/data/summaries';
import { nextStep, reviewDateOf } from '@/lib/domain/home';
import { buildSummary } from '@/lib/domain/summary';
import { summaryToCsv } from '@/lib/export/csv';
import { summaryExportSchema, summaryToJson } from '@/lib/export/json';
import { summaryToMarkdown } from '@/lib/export/markdown';
import { answerSchema } from '@/lib/validation/assessment';
import { createGoalSchema, goalNoteSchema, updateGoalSchema } from '@/lib/validation/goal';
import { seedUser } from '../support/users';

type User = Awaited<ReturnType<typeof seedUser>>;

const goalInput = (fields: Record<string, unknown> = {}) =>
  createGoalSchema.parse({
    itemKey: 'managing-managers',
    action: 'Coach each team lead through one hiring loop',
    successMeasure: 'Two leads run hiring loops on their own',
    targetDate: '2027-03-31',
    resourceKeys: ['managers-path'],
    customTitle: ['Skip-level guide', ''],
    customUrl: ['https://example.com/skip-level', ''],
    ...fields,
  });

async function newGoal(user: User, fields: Record<string, unknown> = {}) {
  const outcome = await createGoal(user, goalInput(fields));
  if (outcome.kind !== 'saved') throw new Error(`goal not saved: ${outcome.kind}`);
  return outcome.goalId;
}

/** A submitted assessment with every item rated 2 against a target of 3 (half way), submitted at the given time. */
async function submitted(user: User, submittedAt?: Date) {
  const { assessmentId } = (await startAssessment(user, 'blank'))!;
  const assessment = (await getAssessment(user, assessmentId))!;
  for (const [index, item] of assessment.frameworkVersion.sections.flatMap((section) => section.items).entries()) {
    const confidence = index === 0 ? 'LOW' : 'MEDIUM';
    await saveAnswer(user, answerSchema.parse({ assessmentId, itemId: item.id, baseRevision: 0, level: 2, noOpportunity: false, targetLevel: 3, confidence, evidence: 'Some evidence' }));
  }
  const keys = assessment.frameworkVersion.sections.flatMap((section) => section.items.map((entry) => entry.key));
  await submitAssessment(user, assessmentId, keys);
  if (submittedAt) await db().assessment.update({ where: { id: assessmentId }, data: { submittedAt } });
  return assessmentId;
}

async function rowCounts() {
  const client = db();
  return { goals: await client.goal.count(), resources: await client.goalResource.count(), notes: await client.goalNote.count() };
}

describe('goals', () => {
  test('are created on an item with framework and written-in resources, titles copied', async () => {
    const user = await seedUser();
    const goalId = await newGoal(user);
    const goal = (await getGoal(user, goalId))!;
    expect(goal).toMatchObject({
      itemKey: 'managing-managers',
      action: 'Coach each team lead through one hiring loop',
      status: 'NOT_STARTED',
      finishedAt: null,
      targetDate: new Date('2027-03-31T00:00:00Z'),
    });
    expect(goal.resources).toEqual([
      { resourceKey: 'managers-path', title: "The Manager's Path", url: null },
      { resourceKey: null, title: 'Skip-level guide', url: 'https://example.com/skip-level' },
    ]);
  });

  test('offer only the resources the framework maps to the item', async () => {
    const items = await listPlannableItems();
    expect(items).toHaveLength(11);
    const managing = items.find((item) => item.key === 'managing-managers')!;
    expect(managing.resources.map((resource) => resource.key)).toContain('managers-path');
    const user = await seedUser();
    const unmapped = items.flatMap((item) => item.resources.map((resource) => resource.key)).find((key) => !managing.resources.some((resource) => resource.key === key))!;
    const before = await rowCounts();
    expect(await createGoal(user, goalInput({ resourceKeys: [unmapped] }))).toEqual({ kind: 'unknown-resource' });
    expect(await createGoal(user, goalInput({ itemKey: 'not-an-item' }))).toEqual({ kind: 'not-found' });
    expect(await rowCounts()).toEqual(before);
  });

  test('refuse bad input with a clear message', () => {
    const messages = (input: Record<string, unknown>) => {
      const parsed = createGoalSchema.safeParse({ itemKey: 'managing-managers', action: 'Act', successMeasure: 'Measure', targetDate: '2027-01-31', ...input });
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    };
    expect(messages({ targetDate: 'next spring' })).toEqual(['Give a date as year-month-day, e.g. 2027-03-31']);
    expect(messages({ targetDate: '2027-02-30' })).toEqual(['2027-02-30 is not a date in the calendar']);
    expect(messages({ targetDate: '1999-12-31' })).toEqual(['Choose a date between 2000 and 2100']);
    expect(messages({ action: '   ' })).toEqual(['Say what you will do']);
    expect(messages({ action: 'x'.repeat(501) })).toEqual(['Keep this to 500 characters']);
    expect(messages({ customTitle: 'Talk', customUrl: 'javascript:alert(1)' })).toEqual(['A link must start with http:// or https://']);
    expect(messages({ customTitle: 'Talk', customUrl: 'ftp://example.com/talk' })).toEqual(['A link must start with http:// or https://']);
    expect(messages({ customUrl: 'https://example.com' })).toEqual(['Give the resource a title']);
    expect(messages({ userId: 'someone-else' })).not.toEqual([]);
    expect(messages({ status: 'DONE' })).not.toEqual([]);
    expect(goalNoteSchema.safeParse({ goalId: 'abc', text: 'x'.repeat(2001) }).success).toBe(false);
  });

  test('move through statuses; done twice keeps the first finish date', async () => {
    const user = await seedUser();
    const goalId = await newGoal(user);
    expect(await setGoalStatus(user, goalId, 'IN_PROGRESS')).toEqual({ kind: 'changed' });
    const first = new Date('2027-01-10T10:00:00Z');
    expect(await setGoalStatus(user, goalId, 'DONE', first)).toEqual({ kind: 'changed' });
    const updatedAt = (await db().goal.findUniqueOrThrow({ where: { id: goalId } })).updatedAt;
    expect(await setGoalStatus(user, goalId, 'DONE', new Date('2027-02-01T10:00:00Z'))).toEqual({ kind: 'unchanged' });
    const after = await db().goal.findUniqueOrThrow({ where: { id: goalId } });
    expect(after.finishedAt).toEqual(first);
    expect(after.updatedAt).toEqual(updatedAt);
    expect(await setGoalStatus(user, goalId, 'IN_PROGRESS')).toEqual({ kind: 'changed' });
    expect((await getGoal(user, goalId))!.finishedAt).toBeNull();
  });

  test('keep dated progress notes, newest first', async () => {
    const user = await seedUser();
    const goalId = await newGoal(user);
    expect(await addGoalNote(user, goalId, 'Booked the first loop')).toBe(true);
    expect(await addGoalNote(user, goalId, 'Second lead shadowed')).toBe(true);
    const notes = (await getGoal(user, goalId))!.notes;
    expect(notes.map((note) => note.text)).toEqual(['Second lead shadowed', 'Booked the first loop']);
    expect(notes[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(notes[1]!.createdAt.getTime());
  });

  test('edits replace the text, date and resources but keep status and notes', async () => {
    const user = await seedUser();
    const goalId = await newGoal(user);
    await setGoalStatus(user, goalId, 'IN_PROGRESS');
    await addGoalNote(user, goalId, 'Started');
    const outcome = await updateGoal(
      user,
      updateGoalSchema.parse({ goalId, action: 'Run skip-levels monthly', successMeasure: 'Every lead has had two', targetDate: '2027-06-30', resourceKeys: [] }),
    );
    expect(outcome).toEqual({ kind: 'saved', goalId });
    const goal = (await getGoal(user, goalId))!;
    expect(goal).toMatchObject({ action: 'Run skip-levels monthly', status: 'IN_PROGRESS', resources: [], targetDate: new Date('2027-06-30T00:00:00Z') });
    expect(goal.notes.map((note) => note.text)).toEqual(['Started']);
  });

  test("another user's goal is not found and nothing of it changes", async () => {
    const owner = await seedUser('Owner');
    const other = await seedUser('Other');
    const goalId = await newGoal(owner);
    await addGoalNote(owner, goalId, 'Mine');
    const before = await db().goal.findUniqueOrThrow({ where: { id: goalId }, include: { notes: true, resources: true } });

    expect(await getGoal(other, goalId)).toBeNull();
    expect(await setGoalStatus(other, goalId, 'DONE')).toEqual({ kind: 'not-found' });
    expect(await addGoalNote(other, goalId, 'Not yours')).toBe(false);
    expect(await updateGoal(other, updateGoalSchema.parse({ goalId, action: 'Hijack', successMeasure: 'x', targetDate: '2027-01-01' }))).toEqual({ kind: 'not-found' });
    expect(await deleteGoal(other, goalId)).toBe(false);
    expect(await deleteItemGoals(other, 'managing-managers')).toBe(0);
    expect(await listGoals(other)).toEqual([]);

    expect(await db().goal.findUniqueOrThrow({ where: { id: goalId }, include: { notes: true, resources: true } })).toEqual(before);
  });

  test("deleting an item's goals leaves other items' untouched", async () => {
    const user = await seedUser();
    await newGoal(user);
    await newGoal(user, { action: 'Second goal on the same item' });
    const cultureGoal = await newGoal(user, { itemKey: 'engineering-culture', resourceKeys: [] });
    expect(await deleteItemGoals(user, 'managing-managers')).toBe(2);
    expect((await listGoals(user)).map((goal) => goal.id)).toEqual([cultureGoal]);
    expect(await db().goalResource.count({ where: { goal: { userId: user.id } } })).toBe(1);
  });

  test('carry into a new assessment: open goals on its items, finished ones only while recent', async () => {
    const user = await seedUser();
    await submitted(user);
    const open = await newGoal(user, { action: 'Open goal' });
    const recent = await newGoal(user, { action: 'Recently done' });
    const old = await newGoal(user, { action: 'Done long ago' });
    const now = new Date();
    await setGoalStatus(user, recent, 'DONE', new Date(now.getTime() - 10 * 86_400_000));
    await setGoalStatus(user, old, 'DONE', new Date(now.getTime() - 200 * 86_400_000));

    const { assessmentId } = (await startAssessment(user, 'previous'))!;
    const keys = (await getAssessment(user, assessmentId))!.frameworkVersion.sections.flatMap((section) => section.items.map((item) => item.key));
    const current = await listCurrentGoals(user, keys, now);
    expect(current.map((goal) => goal.id).sort()).toEqual([open, recent].sort());

    const summary = buildSummary((await getSummarySource(user, assessmentId))!);
    expect(summary.goals.map((goal) => goal.action)).toEqual(['Open goal', 'Recently done']);
    expect(summary.goals[0]!.itemTitle).toBe('Managing Managers');
  });

  test('appear in every export format and on the shared page', async () => {
    const user = await seedUser();
    const assessmentId = await submitted(user);
    const goalId = await newGoal(user, { action: 'Present the org design to the CTO' });
    await addGoalNote(user, goalId, 'Draft reviewed by peers');
    const summary = buildSummary((await getSummarySource(user, assessmentId))!);
    const now = new Date('2027-04-02T12:00:00Z');

    const markdown = summaryToMarkdown(summary, now);
    expect(markdown).toContain('## Development plan');
    expect(markdown).toContain('**Present the org design to the CTO**: Not started, due 31 Mar 2027 (overdue by 2 days)');
    expect(markdown).toContain('[Skip-level guide](<https://example.com/skip-level>)');
    expect(markdown).toContain('Draft reviewed by peers');

    const csv = summaryToCsv(summary, now).trim().split('\r\n');
    expect(csv).toHaveLength(12);
    expect(csv[0]).toMatch(/"Goals"$/);
    expect(csv[1]).toContain('Present the org design to the CTO (Not started, due 31 Mar 2027 (overdue by 2 days))');

    const json = summaryExportSchema.parse(JSON.parse(JSON.stringify(summaryToJson(summary))));
    // The open goal's item stays a priority, marked as already in the plan rather than asking for another goal.
    expect(json.priorities.map((priority) => [priority.itemKey, priority.action])).toContainEqual(['managing-managers', 'in-plan']);
    expect(markdown).toContain('In your plan.');
    expect(json.goals).toEqual([
      expect.objectContaining({
        itemKey: 'managing-managers',
        action: 'Present the org design to the CTO',
        targetDate: '2027-03-31',
        status: 'NOT_STARTED',
        resources: [
          { title: "The Manager's Path", url: null, fromFramework: true },
          { title: 'Skip-level guide', url: 'https://example.com/skip-level', fromFramework: false },
        ],
        notes: [expect.objectContaining({ text: 'Draft reviewed by peers' })],
      }),
    ]);

    const link = (await createShareLink(user, { assessmentId, label: 'Coach', days: 7 }))!;
    const shared = buildSummary((await getSharedSummarySource(link.token))!);
    expect(shared.goals.map((goal) => goal.id)).toEqual([goalId]);
  });

  test('the home overview: readiness change, review date, draft, goals due soonest and the next step', async () => {
    const user = await seedUser();
    const now = new Date('2027-05-01T09:00:00Z');
    const empty = await getHomeOverview(user, now);
    expect(empty.latest).toBeNull();
    expect(nextStep(empty, now).href).toBe('/assess');

    await submitted(user, new Date('2027-01-15T10:00:00Z'));
    const lastId = await submitted(user, new Date('2027-03-20T10:00:00Z'));
    const overdue = await newGoal(user, { action: 'Overdue goal', targetDate: '2027-04-01' });
    await newGoal(user, { action: 'Later goal', targetDate: '2027-09-01' });
    const done = await newGoal(user, { action: 'Done goal', targetDate: '2027-04-20' });
    await setGoalStatus(user, done, 'DONE', new Date('2027-04-10T10:00:00Z'));
    // Neither is open; the one done before the last assessment is not "done since".
    await setGoalStatus(user, await newGoal(user, { action: 'Done before', targetDate: '2027-03-01' }), 'DONE', new Date('2027-03-01T10:00:00Z'));
    await setGoalStatus(user, await newGoal(user, { action: 'Dropped goal', targetDate: '2027-02-01' }), 'DROPPED', new Date('2027-04-11T10:00:00Z'));

    const overview = await getHomeOverview(user, now);
    expect(overview.latest).toMatchObject({ id: lastId, measure: 'STEP_UP', change: { previous: { percent: 50 }, latest: { percent: 50 }, measures: null } });
    expect(overview.latest!.readiness.percent).toBe(50);
    expect(reviewDateOf(overview)).toEqual({ date: new Date('2027-06-20T00:00:00Z'), chosen: false });
    expect(overview.dueSoonest.map((goal) => goal.action)).toEqual(['Overdue goal', 'Later goal']);
    expect(overview.dueSoonest[0]!.itemTitle).toBe('Managing Managers');
    expect({ open: overview.openGoals, overdue: overview.overdueGoals, done: overview.doneSinceLast }).toEqual({ open: 2, overdue: 1, done: 1 });
    expect(nextStep(overview, now)).toMatchObject({ href: `/plan#goal-${overdue}`, label: 'Update your overdue goal' });

    await setNextReviewDate(user, new Date('2027-05-15T00:00:00Z'));
    expect(reviewDateOf(await getHomeOverview(user, now))).toEqual({ date: new Date('2027-05-15T00:00:00Z'), chosen: true });

    const { assessmentId: draftId } = (await startAssessment(user, 'previous'))!;
    const withDraft = await getHomeOverview(user, now);
    expect(withDraft.draft?.id).toBe(draftId);
    // Started from the last assessment: its answers, so its readiness.
    expect(withDraft.draft?.readiness).toMatchObject({ percent: 50, rated: 11 });
    expect(withDraft.latest?.id).toBe(lastId);
    expect(nextStep(withDraft, now).href).toBe(`/assessments/${draftId}`);

    const other = await seedUser('Other');
    const otherOverview = await getHomeOverview(other, now);
    expect(otherOverview).toMatchObject({ latest: null, draft: null, dueSoonest: [], openGoals: 0 });
  });
});
