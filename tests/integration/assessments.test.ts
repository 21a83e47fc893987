import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import {
  deleteAssessment,
  getAssessment,
  listAssessments,
  ownsAssessments,
  saveAnswer,
  startAssessment,
  submitAssessment,
} from '@/lib/data/assessments';
import type { AnswerState } from '@/lib/domain/assessment-readiness';
import { db } from '@/lib/db/db';
import { loadFrameworkContent } from '@/lib/data/framework-loader';
import { readinessOfAnswers } from '@/lib/domain/assessment-readiness';
import { answerSchema, answerSchemaFor, type AnswerInput } from '@/lib/validation/assessment';
import { seedUser } from '../support/users';

type User = Awaited<ReturnType<typeof seedUser>>;

async function startDraft(user: User, from: 'blank' | 'previous' = 'blank') {
  const started = await startAssessment(user, from);
  const assessment = (await getAssessment(user, started!.assessmentId))!;
  return { ...started!, assessment, items: assessment.frameworkVersion.sections.flatMap((section) => section.items) };
}

function answerFor(assessment: { answers: AnswerState[] }, itemId: string): AnswerState {
  return assessment.answers.find((answer) => answer.itemId === itemId)!;
}

function change(assessmentId: string, itemId: string, baseRevision: number, fields: Partial<AnswerInput> = {}): AnswerInput {
  return answerSchema.parse({
    assessmentId,
    itemId,
    baseRevision,
    level: 3,
    noOpportunity: false,
    targetLevel: 4,
    confidence: 'MEDIUM',
    evidence: 'Coached two managers through their first performance reviews, March 2026.',
    ...fields,
  });
}

async function rateAll(user: User, assessmentId: string, level = 3) {
  const assessment = (await getAssessment(user, assessmentId))!;
  for (const answer of assessment.answers) {
    await saveAnswer(user, change(assessmentId, answer.itemId, answer.revision, { level }));
  }
}

describe('starting an assessment', () => {
  test('pins a draft to the current version with all 11 items unrated, measured against the step-up targets', async () => {
    const user = await seedUser();
    const { assessment, created, items } = await startDraft(user);
    expect(created).toBe(true);
    expect(assessment.status).toBe('DRAFT');
    expect(assessment.frameworkVersion.number).toBe(1);
    expect(items).toHaveLength(11);
    expect(assessment.answers.every((answer) => answer.level === null && !answer.noOpportunity)).toBe(true);
    expect(assessment.measure).toBe('STEP_UP');
    const expected = new Map(items.map((item) => [item.id, item.stepUpLevel]));
    for (const answer of assessment.answers) expect(answer.targetLevel).toBe(expected.get(answer.itemId));
    expect(new Set(items.map((item) => item.expectedLevel))).toEqual(new Set([4]));
  });

  test('a draft started from an assessment made before the two targets does not carry its single default target', async () => {
    const user = await seedUser();
    const { assessmentId, items } = await startDraft(user);
    await rateAll(user, assessmentId, 2);
    // As an assessment made on the first framework version: no measure, every target at 4.
    await db().assessment.update({ where: { id: assessmentId }, data: { measure: null } });
    await db().assessmentAnswer.updateMany({ where: { assessmentId }, data: { targetLevel: 4 } });
    expect(await submitAssessment(user, assessmentId, [])).toMatchObject({ kind: 'submitted' });

    const next = await startDraft(user, 'previous');
    expect(next.assessment.measure).toBe('STEP_UP');
    for (const item of items) expect(answerFor(next.assessment, item.id)).toMatchObject({ level: 2, targetLevel: item.stepUpLevel });
  });

  test('gives back the existing draft instead of a second one', async () => {
    const user = await seedUser();
    const first = await startAssessment(user, 'blank');
    const second = await startAssessment(user, 'blank');
    expect(second).toEqual({ assessmentId: first!.assessmentId, created: false });
    expect(await db().assessment.count({ where: { subjectId: user.id } })).toBe(1);
  });

  test('"start from my last one" copies the last submitted ratings, evidence and targets', async () => {
    const user = await seedUser();
    const { assessmentId, items } = await startDraft(user);
    await rateAll(user, assessmentId, 2);
    const first = items[0]!;
    const answer = answerFor((await getAssessment(user, assessmentId))!, first.id);
    await saveAnswer(user, change(assessmentId, first.id, answer.revision, { level: 4, targetLevel: 5, confidence: 'LOW', evidence: 'Line one\nLine two <b>not html</b>' }));
    expect(await submitAssessment(user, assessmentId, [])).toMatchObject({ kind: 'submitted' });

    const next = await startDraft(user, 'previous');
    expect(next.assessmentId).not.toBe(assessmentId);
    expect(next.assessment.measure).toBe('STEP_UP');
    expect(answerFor(next.assessment, first.id)).toMatchObject({
      level: 4,
      targetLevel: 5,
      confidence: 'LOW',
      evidence: 'Line one\nLine two <b>not html</b>',
      revision: 0,
    });
    expect(next.assessment.answers.filter((answer) => answer.level === 2)).toHaveLength(10);
  });
});

describe('saving answers', () => {
  test('saves a rating, raising its revision', async () => {
    const user = await seedUser();
    const { assessmentId, items } = await startDraft(user);
    const outcome = await saveAnswer(user, change(assessmentId, items[0]!.id, 0));
    expect(outcome).toMatchObject({ kind: 'saved', answer: { level: 3, confidence: 'MEDIUM', revision: 1 } });
    const stored = answerFor((await getAssessment(user, assessmentId))!, items[0]!.id);
    expect(stored).toMatchObject({ level: 3, revision: 1, evidence: 'Coached two managers through their first performance reviews, March 2026.' });
  });

  test('refuses a save based on a stale revision and returns what is stored, unchanged', async () => {
    const user = await seedUser();
    const { assessmentId, items } = await startDraft(user);
    const itemId = items[1]!.id;
    await saveAnswer(user, change(assessmentId, itemId, 0, { evidence: 'Written in tab one' }));
    const stale = await saveAnswer(user, change(assessmentId, itemId, 0, { level: 5, evidence: 'Written in tab two' }));
    expect(stale).toMatchObject({ kind: 'conflict', current: { evidence: 'Written in tab one', level: 3, revision: 1 } });
    expect(answerFor((await getAssessment(user, assessmentId))!, itemId)).toMatchObject({ evidence: 'Written in tab one', revision: 1 });
    // Keeping "mine" means saving again on top of the revision now stored.
    expect(await saveAnswer(user, change(assessmentId, itemId, 1, { level: 5, evidence: 'Written in tab two' }))).toMatchObject({ kind: 'saved', answer: { revision: 2 } });
  });

  test('takes a retry of a save that was written but never acknowledged as that save, not a conflict', async () => {
    const user = await seedUser();
    const { assessmentId, items } = await startDraft(user);
    const itemId = items[3]!.id;
    const sent = change(assessmentId, itemId, 0, { evidence: 'Written, but the answer was lost on the way back' });
    expect(await saveAnswer(user, sent)).toMatchObject({ kind: 'saved', answer: { revision: 1 } });
    // The client never saw revision 1, so it sends the same change on revision 0 again.
    expect(await saveAnswer(user, sent)).toMatchObject({ kind: 'saved', answer: { revision: 1 } });
    expect(answerFor((await getAssessment(user, assessmentId))!, itemId)).toMatchObject({ revision: 1 });
    // A different change on the old revision is still a conflict.
    expect(await saveAnswer(user, change(assessmentId, itemId, 0, { evidence: 'Something else' }))).toMatchObject({ kind: 'conflict' });
  });

  test('lets exactly one of two simultaneous saves on the same revision win', async () => {
    const user = await seedUser();
    const { assessmentId, items } = await startDraft(user);
    const outcomes = await Promise.all([
      saveAnswer(user, change(assessmentId, items[2]!.id, 0, { evidence: 'A' })),
      saveAnswer(user, change(assessmentId, items[2]!.id, 0, { evidence: 'B' })),
    ]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['conflict', 'saved']);
    const stored = answerFor((await getAssessment(user, assessmentId))!, items[2]!.id);
    const winner = outcomes.find((outcome) => outcome.kind === 'saved');
    expect(stored.evidence).toBe(winner?.kind === 'saved' ? winner.answer.evidence : '');
    expect(stored.revision).toBe(1);
  });

  test('saves different items from two tabs without conflict', async () => {
    const user = await seedUser();
    const { assessmentId, items } = await startDraft(user);
    const outcomes = await Promise.all(items.slice(0, 4).map((item) => saveAnswer(user, change(assessmentId, item.id, 0))));
    expect(outcomes.every((outcome) => outcome.kind === 'saved')).toBe(true);
  });

  test('marks "no opportunity yet" as its own state', async () => {
    const user = await seedUser();
    const { assessmentId, items } = await startDraft(user);
    await saveAnswer(user, change(assessmentId, items[5]!.id, 0, { level: null, noOpportunity: true }));
    expect(answerFor((await getAssessment(user, assessmentId))!, items[5]!.id)).toMatchObject({ level: null, noOpportunity: true });
  });

  test('treats an item of another framework version as not found, writing nothing', async () => {
    const user = await seedUser();
    const { assessmentId } = await startDraft(user);
    const edited = structuredClone(frameworkContent);
    edited.sections[0]!.items[0]!.descriptors[1]!.text = 'A reworded first-level descriptor for a newer framework version of this item.';
    await loadFrameworkContent(db(), edited);
    const newer = await db().frameworkItem.findFirst({ where: { frameworkVersion: { number: 2 } }, select: { id: true } });
    expect(await saveAnswer(user, change(assessmentId, newer!.id, 0))).toEqual({ kind: 'not-found' });
    expect(await db().assessmentAnswer.count({ where: { assessmentId, revision: { gt: 0 } } })).toBe(0);

    // The draft keeps its version; a new draft after submitting gets the newer one.
    const pinned = (await getAssessment(user, assessmentId))!;
    expect(pinned.frameworkVersion.number).toBe(1);
    expect(pinned.frameworkVersion.sections[0]!.items[0]!.descriptors[0]!.text).toBe(frameworkContent.sections[0]!.items[0]!.descriptors[1]!.text);
    await submitAssessment(user, assessmentId, pinned.frameworkVersion.sections.flatMap((s) => s.items.map((i) => i.key)));
    const next = await startDraft(user, 'previous');
    expect(next.assessment.frameworkVersion.number).toBe(2);
  });
});

describe('submitting', () => {
  test('freezes the assessment: later saves are refused and change nothing', async () => {
    const user = await seedUser();
    const { assessmentId, items } = await startDraft(user);
    await rateAll(user, assessmentId);
    const outcome = await submitAssessment(user, assessmentId, []);
    expect(outcome.kind).toBe('submitted');
    const before = (await getAssessment(user, assessmentId))!;
    expect(before.status).toBe('SUBMITTED');
    expect(before.submittedAt).toBeInstanceOf(Date);

    const answer = answerFor(before, items[0]!.id);
    expect(await saveAnswer(user, change(assessmentId, items[0]!.id, answer.revision, { level: 5 }))).toEqual({ kind: 'frozen' });
    expect(await submitAssessment(user, assessmentId, [])).toEqual({ kind: 'frozen' });
    expect((await getAssessment(user, assessmentId))!.answers).toEqual(before.answers);
  });

  test('with unrated items, needs every one of them named; then allows it and keeps them unrated', async () => {
    const user = await seedUser();
    const { assessmentId, items } = await startDraft(user);
    for (const item of items.slice(0, 9)) await saveAnswer(user, change(assessmentId, item.id, 0));
    const unratedKeys = items.slice(9).map((item) => item.key);

    const refused = await submitAssessment(user, assessmentId, []);
    expect(refused).toEqual({ kind: 'needs-confirmation', unrated: items.slice(9).map(({ key, title }) => ({ key, title })) });
    expect(await submitAssessment(user, assessmentId, unratedKeys.slice(0, 1))).toMatchObject({ kind: 'needs-confirmation' });
    expect((await getAssessment(user, assessmentId))!.status).toBe('DRAFT');

    expect(await submitAssessment(user, assessmentId, unratedKeys)).toMatchObject({ kind: 'submitted' });
    const submitted = (await getAssessment(user, assessmentId))!;
    expect(submitted.answers.filter((answer) => answer.level === null)).toHaveLength(2);
  });

  test('allows a new draft once the previous one is submitted, and lists both newest first', async () => {
    const user = await seedUser();
    const first = await startDraft(user);
    await rateAll(user, first.assessmentId, 2);
    await submitAssessment(user, first.assessmentId, []);
    const second = await startDraft(user, 'previous');
    const list = await listAssessments(user);
    expect(list.map((entry) => [entry.id, entry.status])).toEqual([
      [second.assessmentId, 'DRAFT'],
      [first.assessmentId, 'SUBMITTED'],
    ]);
  });
});

describe('history pages', () => {
  test('a page at a time, newest first, with no row repeated or skipped', async () => {
    const user = await seedUser();
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const draft = await startDraft(user);
      await rateAll(user, draft.assessmentId, 2);
      await submitAssessment(user, draft.assessmentId, []);
      ids.unshift(draft.assessmentId);
    }
    const pages = [];
    for (let skip = 0; skip < 6; skip += 2) pages.push((await listAssessments(user, { skip, take: 2 })).map((entry) => entry.id));
    expect(pages).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
    expect((await listAssessments(user)).map((entry) => entry.id)).toEqual(ids);
  });

  test('the database adds readiness up exactly as the page would from the answers', async () => {
    const user = await seedUser();
    const { assessmentId } = await startDraft(user);
    const itemIds = (await getAssessment(user, assessmentId))!.answers.map((answer) => answer.itemId);
    // "No opportunity yet" never carries a level: the database refuses that state.
    const answer = fc
      .record({
        level: fc.option(fc.integer({ min: 1, max: 5 })),
        noOpportunity: fc.boolean(),
        targetLevel: fc.integer({ min: 1, max: 5 }),
        confidence: fc.constantFrom(null, 'LOW', 'MEDIUM', 'HIGH'),
        // Blank, blank with line breaks, a non-breaking space (not blank) and real evidence.
        evidence: fc.constantFrom('', ' \n\t ', '\u00a0', 'Ran the calibration.'),
      })
      .map((drawn) => (drawn.noOpportunity ? { ...drawn, level: null } : drawn));
    const computed = async () => {
      const stored = (await getAssessment(user, assessmentId))!;
      return readinessOfAnswers(stored.frameworkVersion.sections, stored.answers);
    };
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { minLength: itemIds.length, maxLength: itemIds.length }), async (answers) => {
        for (const [index, itemId] of itemIds.entries()) {
          await db().assessmentAnswer.updateMany({ where: { assessmentId, itemId }, data: answers[index]! });
        }
        const [listed] = await listAssessments(user);
        expect(listed?.readiness).toEqual(await computed());
      }),
      { numRuns: 25 },
    );
    // Every must-have rated 1, the rest at their target: the reading names the must-haves in framework order, in both.
    const items = (await getAssessment(user, assessmentId))!.frameworkVersion.sections.flatMap((section) => section.items);
    for (const item of items) {
      const data = { level: item.mustHave ? 1 : 3, targetLevel: 3, noOpportunity: false, evidence: 'Shown.', confidence: 'HIGH' as const };
      await db().assessmentAnswer.updateMany({ where: { assessmentId, itemId: item.id }, data });
    }
    expect((await listAssessments(user))[0]?.readiness).toMatchObject({
      state: 'not-yet-ready',
      mustHaveShort: ['Managing Managers', 'Organisation-Wide Technical Strategy', 'Executive Stakeholder Relationships'],
    });
    expect((await listAssessments(user))[0]?.readiness).toEqual(await computed());
  });

  test('a just-submitted assessment is added up afresh, so a save that was already on its way still counts', async () => {
    const user = await seedUser();
    const { assessmentId } = await startDraft(user);
    await rateAll(user, assessmentId, 1);
    await submitAssessment(user, assessmentId, []);
    const before = (await listAssessments(user))[0]?.readiness;
    // As a save sent just before the submit and written just after it would.
    const [first] = (await getAssessment(user, assessmentId))!.answers;
    await db().assessmentAnswer.updateMany({ where: { assessmentId, itemId: first!.itemId }, data: { level: 5 } });
    const after = (await listAssessments(user))[0]?.readiness;
    expect(after?.percent).toBeGreaterThan(before?.percent ?? 100);
    const stored = (await getAssessment(user, assessmentId))!;
    expect(after).toEqual(readinessOfAnswers(stored.frameworkVersion.sections, stored.answers));
  });
});

describe('deleting', () => {
  test('deletes a draft at once, and a submitted one only when confirmed', async () => {
    const user = await seedUser();
    const draft = await startDraft(user);
    expect(await deleteAssessment(user, draft.assessmentId, false)).toEqual({ kind: 'deleted' });

    const kept = await startDraft(user);
    await rateAll(user, kept.assessmentId);
    await submitAssessment(user, kept.assessmentId, []);
    expect(await deleteAssessment(user, kept.assessmentId, false)).toEqual({ kind: 'needs-confirmation' });
    expect(await getAssessment(user, kept.assessmentId)).not.toBeNull();
    expect(await deleteAssessment(user, kept.assessmentId, true)).toEqual({ kind: 'deleted' });
    expect(await db().assessmentAnswer.count({ where: { assessmentId: kept.assessmentId } })).toBe(0);
  });
});

describe('another user', () => {
  test('cannot read, change, submit or delete someone else’s assessment, and nothing of theirs changes', async () => {
    const owner = await seedUser('Owner');
    const other = await seedUser('Other');
    const { assessmentId, items } = await startDraft(owner);
    await saveAnswer(owner, change(assessmentId, items[0]!.id, 0, { evidence: 'Private evidence' }));
    const before = await getAssessment(owner, assessmentId);

    expect(await getAssessment(other, assessmentId)).toBeNull();
    expect(await saveAnswer(other, change(assessmentId, items[0]!.id, 1, { evidence: 'overwritten' }))).toEqual({ kind: 'not-found' });
    expect(await submitAssessment(other, assessmentId, items.map((item) => item.key))).toEqual({ kind: 'not-found' });
    expect(await deleteAssessment(other, assessmentId, true)).toEqual({ kind: 'not-found' });
    expect(await listAssessments(other)).toEqual([]);

    expect(await getAssessment(owner, assessmentId)).toEqual(before);
  });

  test('owns none of someone else’s assessments, even mixed with their own', async () => {
    const owner = await seedUser('Owner');
    const other = await seedUser('Other');
    const { assessmentId } = await startDraft(owner);
    const { assessmentId: othersId } = await startDraft(other);

    expect(await ownsAssessments(owner, [assessmentId])).toBe(true);
    expect(await ownsAssessments(owner, [assessmentId, assessmentId])).toBe(true);
    expect(await ownsAssessments(other, [assessmentId])).toBe(false);
    expect(await ownsAssessments(other, [othersId, assessmentId])).toBe(false);
    expect(await ownsAssessments(owner, ['cm0000000000000000000000'])).toBe(false);
  });
});

describe('bad input', () => {
  test.each([
    ['a level above the scale', { level: 6 }, /Choose a level from 1 to 5/],
    ['a level below the scale', { level: 0 }, /Choose a level from 1 to 5/],
    ['a fractional level', { level: 2.5 }, /Choose a level from 1 to 5/],
    ['a target outside the scale', { targetLevel: 9 }, /Choose a level from 1 to 5/],
    ['evidence over the limit', { evidence: 'x'.repeat(4001) }, /Keep evidence to 4,000 characters/],
    ['a level with "no opportunity yet"', { level: 3, noOpportunity: true }, /not both/],
    ['an unknown confidence', { confidence: 'SURE' }, /low, medium or high/],
    ['an extra field', { userId: 'someone-else' }, /Unrecognized key/],
    ['a malformed id', { itemId: "x'; DROP TABLE" }, /Not a valid id/],
  ])('refuses %s with a clear message', (_, fields, message) => {
    const result = answerSchemaFor({ min: 1, max: 5 }).safeParse({
      assessmentId: 'a1',
      itemId: 'i1',
      baseRevision: 0,
      level: 3,
      noOpportunity: false,
      targetLevel: 4,
      confidence: 'LOW',
      evidence: '',
      ...fields,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(' ')).toMatch(message);
  });

  test.each([
    [{ min: 1, max: 3 }, 4, 'Choose a level from 1 to 3'],
    [{ min: 1, max: 7 }, 8, 'Choose a level from 1 to 7'],
  ])('bounds a level by the scale it is given (%o)', (scale, outside, message) => {
    const answer = { assessmentId: 'a1', itemId: 'i1', baseRevision: 0, noOpportunity: false, targetLevel: scale.max, confidence: null, evidence: '' };
    expect(answerSchemaFor(scale).safeParse({ ...answer, level: scale.max }).success).toBe(true);
    expect(answerSchemaFor(scale).safeParse({ ...answer, level: outside }).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
