// Calibration across assessments and a rater's side-by-side view, on a real
// database: only what the reveal rules let each person see is counted or shown.
import { beforeEach, describe, expect, test } from 'vitest';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { getCalibration } from '@/lib/data/calibration';
import { acceptInvitation, createInvitation } from '@/lib/data/invitations';
import { saveRating, submitRating } from '@/lib/data/ratings';
import { getSideBySide } from '@/lib/data/side-by-side';
import { db } from '@/lib/db/db';
import type { Confidence } from '@/lib/domain/vocabulary';
import { buildSideBySide } from '@/lib/domain/side-by-side';
import { answerSchema } from '@/lib/validation/assessment';
import { createInvitationSchema, ratingSchema } from '@/lib/validation/invitation';
import { seedUser } from '../support/users';

type User = Awaited<ReturnType<typeof seedUser>>;
type Role = 'MANAGER' | 'MENTOR' | 'PEER';
// Three items of the framework, by key, as the fixture rates them.
const [A, B, C] = ['managing-managers', 'engineering-culture', 'technical-strategy'] as const;

/** A new draft of `subject`'s with the given self-levels and confidence; item ids by key. */
async function draft(subject: User, levels: Record<string, [number, Confidence]>) {
  const { assessmentId } = (await startAssessment(subject, 'blank'))!;
  const items = (await getAssessment(subject, assessmentId))!.frameworkVersion.sections.flatMap((section) => section.items);
  const ids = new Map(items.map((item) => [item.key, item.id]));
  for (const [key, [level, confidence]] of Object.entries(levels)) {
    const saved = await saveAnswer(subject, answerSchema.parse({ assessmentId, itemId: ids.get(key), baseRevision: 0, level, noOpportunity: false, targetLevel: 4, confidence, evidence: '' }));
    expect(saved.kind).toBe('saved');
  }
  return { assessmentId, ids, keys: items.map((item) => item.key) };
}

/** Submits a draft, dated `day` of 2026 so the assessments stand in a known order. */
async function submit(subject: User, { assessmentId, keys }: Awaited<ReturnType<typeof draft>>, day: number) {
  expect((await submitAssessment(subject, assessmentId, keys)).kind).toBe('submitted');
  await db().assessment.update({ where: { id: assessmentId }, data: { submittedAt: new Date(Date.UTC(2026, 0, day)) } });
}

/**
 * Someone (`who`, or a new account) invited in `role`, who accepts, gives the
 * levels by key and "no opportunity" for the rest, and submits if asked.
 */
async function rate(subject: User, drafted: Awaited<ReturnType<typeof draft>>, role: Role, levels: Record<string, number>, options: { submit: boolean; who?: User }) {
  const user = options.who ?? (await seedUser(`${role} rater`));
  const created = await createInvitation(subject, createInvitationSchema.parse({ assessmentId: drafted.assessmentId, role, note: '' }));
  if (created.kind !== 'created') throw new Error(created.kind);
  const accepted = await acceptInvitation(user, created.token);
  if (accepted.kind !== 'accepted') throw new Error(accepted.kind);
  for (const [key, itemId] of drafted.ids) {
    const level = levels[key] ?? null;
    const rating = { invitationId: accepted.invitationId, itemId, baseRevision: 0, level, noOpportunity: level === null, comment: '' };
    expect((await saveRating(user, ratingSchema.parse(rating))).kind).toBe('saved');
  }
  if (options.submit) expect((await submitRating(user, accepted.invitationId)).kind).toBe('submitted');
  return { user, invitationId: accepted.invitationId };
}

const peers = async (subject: User, drafted: Awaited<ReturnType<typeof draft>>, levels: number[]) => {
  for (const level of levels) await rate(subject, drafted, 'PEER', { [C]: level }, { submit: true });
};

describe('calibration across assessments', () => {
  let subject: User;
  let manager: User;

  // Three submitted assessments rated by the same manager, plus what must never count:
  // a mentor who did not submit, two peers (too few), and a draft's submitted rating.
  beforeEach(async () => {
    subject = await seedUser('Sam Subject');
    manager = await seedUser('Morgan Manager');

    const first = await draft(subject, { [A]: [5, 'HIGH'], [B]: [2, 'LOW'], [C]: [4, 'MEDIUM'] });
    await rate(subject, first, 'MANAGER', { [A]: 3, [B]: 3 }, { submit: true, who: manager });
    await rate(subject, first, 'MENTOR', { [A]: 1, [B]: 1 }, { submit: false });
    await submit(subject, first, 10);

    const second = await draft(subject, { [A]: [4, 'HIGH'], [B]: [3, 'LOW'], [C]: [4, 'MEDIUM'] });
    await rate(subject, second, 'MANAGER', { [A]: 3, [B]: 3 }, { submit: true, who: manager });
    await peers(subject, second, [2, 2]);
    await submit(subject, second, 100);

    const third = await draft(subject, { [A]: [3, 'HIGH'], [B]: [3, 'LOW'], [C]: [4, 'MEDIUM'] });
    await rate(subject, third, 'MANAGER', { [A]: 3, [B]: 4 }, { submit: true, who: manager });
    await peers(subject, third, [3, 3, 2]);
    await submit(subject, third, 200);

    // Submitted with nobody asked: nothing to compare.
    await submit(subject, await draft(subject, { [A]: [1, 'LOW'] }), 250);
    // A draft with a manager's submitted rating: hidden until the subject submits.
    const open = await draft(subject, { [A]: [1, 'LOW'] });
    await rate(subject, open, 'MANAGER', { [A]: 5 }, { submit: true, who: manager });
  });

  test('per item and overall, counting only revealed ratings', async () => {
    const { calibration, titles } = await getCalibration(subject);
    expect(calibration.withRatings).toBe(3);
    expect(calibration.assessments.map(({ compared, meanSigned, meanAbsolute }) => ({ compared, meanSigned, meanAbsolute }))).toEqual([
      // The mentor never submitted, so A is 5 against the manager's 3, not the middle of 3 and 1.
      { compared: 2, meanSigned: 0.5, meanAbsolute: 1.5 },
      // Two peers are too few: C is not compared.
      { compared: 2, meanSigned: 0.5, meanAbsolute: 0.5 },
      // Three peers' middle on C is 3.
      { compared: 3, meanSigned: 0, meanAbsolute: 2 / 3 },
    ]);
    expect(calibration.movement).toEqual({ kind: 'further', by: 0.2 });
    const byKey = new Map(calibration.items.map((item) => [item.key, item]));
    expect(byKey.get(A)).toMatchObject({ latest: 0, movement: { kind: 'closer', by: 1 } });
    expect(byKey.get(A)!.points.map((point) => point.distance)).toEqual([2, 1, 0]);
    expect(byKey.get(B)).toMatchObject({ latest: -1, movement: { kind: 'further', by: 1 } });
    expect(byKey.get(C)).toMatchObject({ latest: 1, movement: null });
    expect(byKey.get(C)!.points.map((point) => point.distance)).toEqual([null, null, 1]);
    expect(calibration.byConfidence).toEqual([
      { confidence: 'HIGH', compared: 3, meanAbsolute: 1, meanSigned: 1 },
      { confidence: 'MEDIUM', compared: 1, meanAbsolute: 1, meanSigned: 1 },
      { confidence: 'LOW', compared: 3, meanAbsolute: 2 / 3, meanSigned: -2 / 3 },
    ]);
    expect(titles.get(A)).toBe('Managing Managers');
  });

  test('nobody else sees any of it: not the manager who rated, not a stranger', async () => {
    for (const viewer of [manager, await seedUser('Stranger')]) {
      const { calibration, titles } = await getCalibration(viewer);
      expect(calibration).toMatchObject({ withRatings: 0, assessments: [], items: [], byConfidence: [] });
      expect(titles.size).toBe(0);
    }
  });
});

describe('a rater’s side-by-side view', () => {
  test('shows each person’s self-ratings only once revealed, never to a peer, and nothing to a stranger', async () => {
    const rater = await seedUser('Morgan Manager');
    // Revealed: both have submitted.
    const sam = await seedUser('Sam Subject');
    const samDraft = await draft(sam, { [A]: [4, 'HIGH'], [B]: [2, 'LOW'] });
    await rate(sam, samDraft, 'MANAGER', { [A]: 3 }, { submit: true, who: rater });
    await submit(sam, samDraft, 10);
    // The rater submitted; the subject has not.
    const kim = await seedUser('Kim Draft');
    const kimDraft = await draft(kim, { [A]: [5, 'HIGH'] });
    await rate(kim, kimDraft, 'MANAGER', { [A]: 2 }, { submit: true, who: rater });
    // The subject submitted; the rater has not.
    const lee = await seedUser('Lee Waiting');
    const leeDraft = await draft(lee, { [A]: [1, 'LOW'] });
    await rate(lee, leeDraft, 'MENTOR', { [A]: 4 }, { submit: false, who: rater });
    await submit(lee, leeDraft, 20);
    // As a peer, with both submitted.
    const ash = await seedUser('Ash Peer-rated');
    const ashDraft = await draft(ash, { [A]: [3, 'MEDIUM'] });
    await rate(ash, ashDraft, 'PEER', { [A]: 2 }, { submit: true, who: rater });
    await submit(ash, ashDraft, 30);

    const inputs = await getSideBySide(rater);
    const byName = new Map(inputs.map((input) => [input.subjectName, input]));
    expect([...byName.keys()].sort()).toEqual(['Ash Peer-rated', 'Kim Draft', 'Lee Waiting', 'Sam Subject']);
    const levelOf = (list: readonly { key: string; level: number | null }[] | null | undefined, key: string) => list?.find((entry) => entry.key === key)?.level;
    expect(levelOf(byName.get('Sam Subject')!.self, A)).toBe(4);
    expect(levelOf(byName.get('Sam Subject')!.self, B)).toBe(2);
    expect(levelOf(byName.get('Sam Subject')!.own, A)).toBe(3);
    expect(byName.get('Kim Draft')!.self).toBeNull();
    expect(byName.get('Lee Waiting')!.self).toBeNull();
    expect(levelOf(byName.get('Lee Waiting')!.own, A)).toBe(4);
    expect(byName.get('Ash Peer-rated')!.self).toBeNull();

    const { columns, rows } = buildSideBySide(inputs);
    expect(Object.fromEntries(columns.map((column) => [column.subjectName, column.selfShown]))).toEqual({
      'Sam Subject': 'shown',
      'Kim Draft': 'after-they-submit',
      'Lee Waiting': 'after-you-submit',
      'Ash Peer-rated': 'peer',
    });
    const rowA = rows.find((row) => row.key === A)!;
    expect(rowA.cells.filter((cell) => cell.self !== undefined)).toEqual([{ own: 3, self: 4 }]);

    // The people rated, and anyone else, have nothing here: their own ratings are not someone else's requests.
    for (const other of [sam, kim, await seedUser('Stranger')]) expect(await getSideBySide(other)).toEqual([]);
  });

  test('an accepted invitation past its date drops out; a submitted one stays', async () => {
    const rater = await seedUser('Rater');
    const sam = await seedUser('Sam Subject');
    const samDraft = await draft(sam, { [A]: [4, 'HIGH'] });
    await rate(sam, samDraft, 'MANAGER', { [A]: 3 }, { submit: false, who: rater });
    const later = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
    expect(await getSideBySide(rater, later)).toEqual([]);
    const kim = await seedUser('Kim Subject');
    await rate(kim, await draft(kim, { [A]: [2, 'LOW'] }), 'MANAGER', { [A]: 3 }, { submit: true, who: rater });
    expect((await getSideBySide(rater, later)).map((input) => input.subjectName)).toEqual(['Kim Subject']);
  });
});
