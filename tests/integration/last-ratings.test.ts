import { describe, expect, test } from 'vitest';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { getLastRatings } from '@/lib/data/last-ratings';
import { describeLastRating } from '@/lib/domain/last-ratings';
import { frameworkContent } from '@/lib/content/framework-content';
import { answerSchema } from '@/lib/validation/assessment';
import { seedUser } from '../support/users';

type User = Awaited<ReturnType<typeof seedUser>>;
type Rating = number | 'none' | null;

const levelName = (level: number) => frameworkContent.scale.find((step) => step.level === level)!.name;

/** Starts a draft and rates its items in framework order (`none` = no opportunity yet, null = left unrated). */
async function draftRated(user: User, ratings: (index: number) => Rating, from: 'blank' | 'previous' = 'blank') {
  const { assessmentId } = (await startAssessment(user, from))!;
  const assessment = (await getAssessment(user, assessmentId))!;
  const items = assessment.frameworkVersion.sections.flatMap((section) => section.items);
  for (const [index, item] of items.entries()) {
    const rating = ratings(index);
    const answer = assessment.answers.find((entry) => entry.itemId === item.id)!;
    await saveAnswer(
      user,
      answerSchema.parse({
        assessmentId,
        itemId: item.id,
        baseRevision: answer.revision,
        level: typeof rating === 'number' ? rating : null,
        noOpportunity: rating === 'none',
        targetLevel: 3,
        confidence: null,
        evidence: '',
      }),
    );
  }
  return { assessmentId, keys: items.map((item) => item.key) };
}

async function submitted(user: User, ratings: (index: number) => Rating) {
  const draft = await draftRated(user, ratings);
  const result = await submitAssessment(user, draft.assessmentId, draft.keys);
  expect(result.kind).toBe('submitted');
  return draft;
}

describe('what each item was rated last time', () => {
  test('a draft started from the last assessment reads it per item: a level with its name, no opportunity, or not rated', async () => {
    const user = await seedUser();
    await submitted(user, () => 1);
    const { keys } = await submitted(user, (index) => (index === 0 ? 3 : index === 1 ? 'none' : index === 2 ? null : 5));
    const { assessmentId } = (await startAssessment(user, 'previous'))!;

    const last = await getLastRatings(user, assessmentId);
    expect(last).not.toBeNull();
    const described = keys.map((key) => describeLastRating(last!.byItemKey[key]!));
    // The newest submitted assessment, not the one before it.
    expect(described).toEqual([`Level 3 · ${levelName(3)}`, 'No opportunity yet', 'Not rated', ...keys.slice(3).map(() => `Level 5 · ${levelName(5)}`)]);
  });

  test('comes only from the person’s own assessments: another user’s, even newer, is never read, and none at all gives nothing', async () => {
    const owner = await seedUser();
    const other = await seedUser();
    const { keys } = await submitted(owner, () => 2);
    const { assessmentId: ownersDraft } = (await startAssessment(owner, 'previous'))!;
    // Someone else submits later, with other ratings, and starts a draft of their own.
    await submitted(other, () => 4);
    const { assessmentId: othersDraft } = await draftRated(other, () => null);

    const mine = await getLastRatings(owner, ownersDraft);
    expect(keys.map((key) => mine!.byItemKey[key]!.level)).toEqual(keys.map(() => 2));
    const theirs = await getLastRatings(other, othersDraft);
    expect(keys.map((key) => theirs!.byItemKey[key]!.level)).toEqual(keys.map(() => 4));
    // Asked with the owner's draft, the other user still reads only their own.
    const crossed = await getLastRatings(other, ownersDraft);
    expect(keys.map((key) => crossed!.byItemKey[key]!.level)).toEqual(keys.map(() => 4));

    const newcomer = await seedUser();
    const { assessmentId: firstDraft } = (await startAssessment(newcomer, 'blank'))!;
    expect(await getLastRatings(newcomer, firstDraft)).toBeNull();
    expect(await getLastRatings(newcomer, ownersDraft)).toBeNull();
  });
});
