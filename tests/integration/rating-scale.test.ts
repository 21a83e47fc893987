// A save is validated against the rating scale of the framework version its
// assessment is pinned to, not against any fixed range: a newer version with
// more levels accepts them on its own assessments only.
import { describe, expect, test, vi } from 'vitest';
import { saveAllAnswersAction, saveAnswerAction } from '@/app/(app)/assessments/actions';
import { frameworkContent } from '@/lib/content/framework-content';
import type { FrameworkContent } from '@/lib/content/framework-schema';
import { getAssessment, getRatingScale, startAssessment } from '@/lib/data/assessments';
import { loadFrameworkContent } from '@/lib/data/framework-loader';
import { db } from '@/lib/db/db';
import { fieldName } from '@/lib/validation/assessment-fields';
import { asViewer, expectRedirect, form } from '../support/action-request';
import { seedUser } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

type User = Awaited<ReturnType<typeof seedUser>>;
const IDLE = { ok: true } as const;

/** The committed content with two more levels above its highest, each described on every item. */
function sevenLevelContent(): FrameworkContent {
  const content = structuredClone(frameworkContent);
  const top = content.scale.length;
  for (const level of [top + 1, top + 2]) {
    content.scale.push({ level, name: `Beyond ${level}`, summary: `A level above the framework's highest, numbered ${level}.` });
    for (const item of content.sections.flatMap((section) => section.items)) {
      const highest = item.descriptors[top]!;
      item.descriptors[level] = { ...highest, summary: `Level ${level} of ${item.title}`, text: `${highest.text} Level ${level}.` };
    }
  }
  return content;
}

async function draftOf(user: User) {
  const started = await startAssessment(user, 'blank');
  const assessment = (await getAssessment(user, started!.assessmentId))!;
  const answer = assessment.answers[0]!;
  const input = (level: number) => ({ assessmentId: assessment.id, itemId: answer.itemId, baseRevision: answer.revision, level, noOpportunity: false, targetLevel: 4, confidence: 'MEDIUM', evidence: '' });
  return { id: assessment.id, version: assessment.frameworkVersion.number, itemId: answer.itemId, revision: answer.revision, input };
}

describe('the rating scale of the pinned framework version', () => {
  test('bounds every save, and a newer version with another scale bounds only its own assessments', async () => {
    const [early, late, stranger] = [await seedUser(), await seedUser(), await seedUser()];
    const onFive = await draftOf(early);
    expect(await getRatingScale(early, onFive.id)).toEqual({ min: 1, max: 5 });
    expect(await getRatingScale(stranger, onFive.id)).toBeNull();

    const refused = await asViewer(early, () => saveAnswerAction(onFive.input(6)));
    expect(refused).toMatchObject({ ok: false, reason: 'invalid', message: 'Choose a level from 1 to 5', fieldErrors: { level: ['Choose a level from 1 to 5'] } });
    expect(await asViewer(early, () => saveAnswerAction({ ...onFive.input(3), targetLevel: 0 }))).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { targetLevel: ['Choose a level from 1 to 5'] } });

    expect(await loadFrameworkContent(db(), sevenLevelContent())).toEqual({ versionNumber: 2, created: true });
    const onSeven = await draftOf(late);
    expect(onSeven.version).toBe(2);
    expect(await getRatingScale(late, onSeven.id)).toEqual({ min: 1, max: 7 });
    expect(await asViewer(late, () => saveAnswerAction({ ...onSeven.input(7), targetLevel: 6 }))).toMatchObject({ ok: true, data: { level: 7, targetLevel: 6 } });
    expect(await asViewer(late, () => saveAnswerAction(onSeven.input(8)))).toMatchObject({ ok: false, message: 'Choose a level from 1 to 7' });

    // The earlier draft stays on its own version's scale.
    expect(await asViewer(early, () => saveAnswerAction(onFive.input(6)))).toMatchObject({ ok: false, message: 'Choose a level from 1 to 5' });
    const stored = await db().assessmentAnswer.findFirstOrThrow({ where: { assessmentId: onFive.id, itemId: onFive.itemId } });
    expect({ level: stored.level, revision: stored.revision }).toEqual({ level: null, revision: onFive.revision });
  });

  test('the no-JavaScript save names an item rated off its version’s scale and writes nothing for it', async () => {
    // Loading the same content again is a no-op, so this test stands on its own.
    await loadFrameworkContent(db(), sevenLevelContent());
    const user = await seedUser();
    const draft = await draftOf(user);
    const posted = (level: string) =>
      form({
        assessmentId: draft.id,
        [fieldName('baseRevision', draft.itemId)]: String(draft.revision),
        [fieldName('level', draft.itemId)]: level,
        [fieldName('targetLevel', draft.itemId)]: '4',
        [fieldName('evidence', draft.itemId)]: '',
      });
    // The newest version has seven levels, so the draft is on it: 7 is a level, 8 is not.
    expect(await getRatingScale(user, draft.id)).toEqual({ min: 1, max: 7 });
    expect(await asViewer(user, () => expectRedirect(() => saveAllAnswersAction(IDLE, posted('8'))))).toBe(
      `/assessments/${draft.id}?notice=not-saved&items=${encodeURIComponent(draft.itemId)}`,
    );
    expect(await asViewer(user, () => expectRedirect(() => saveAllAnswersAction(IDLE, posted('7'))))).toBe(`/assessments/${draft.id}?notice=saved`);
    expect((await db().assessmentAnswer.findFirstOrThrow({ where: { assessmentId: draft.id, itemId: draft.itemId } })).level).toBe(7);
  });
});
