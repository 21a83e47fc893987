import 'server-only';
import { ownAgreedLevels, ownAssessment, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import type { AgreedLevelInput } from '@/lib/validation/agreed-level';
import type { LevelsFromInput } from '@/lib/validation/readiness-choices';

export type AgreedLevelOutcome = { kind: 'saved' } | { kind: 'cleared' } | { kind: 'draft' } | { kind: 'invalid-level' } | { kind: 'not-found' };

/**
 * Records, changes or clears the level the viewer agreed for one item of a
 * submitted assessment of theirs. It sits beside the self-rating and others'
 * ratings and never changes them. The level must be one of the pinned
 * framework version's, and the item one of that version's.
 */
export async function saveAgreedLevel(viewer: Viewer, input: AgreedLevelInput, now = new Date()): Promise<AgreedLevelOutcome> {
  const client = db();
  const assessment = await client.assessment.findFirst({
    where: ownAssessment(viewer, input.assessmentId),
    select: {
      status: true,
      frameworkVersion: { select: { levels: { select: { level: true } }, items: { where: { id: input.itemId }, select: { id: true } } } },
    },
  });
  if (!assessment || assessment.frameworkVersion.items.length === 0) return { kind: 'not-found' };
  if (assessment.status !== 'SUBMITTED') return { kind: 'draft' };
  const where = { ...ownAgreedLevels(viewer), assessmentId: input.assessmentId, itemId: input.itemId };
  if (input.intent === 'clear') {
    await client.agreedLevel.deleteMany({ where });
    return { kind: 'cleared' };
  }
  if (input.level === null || !assessment.frameworkVersion.levels.some(({ level }) => level === input.level)) return { kind: 'invalid-level' };
  const values = { level: input.level, agreedWith: input.agreedWith, note: input.note, agreedAt: now };
  await client.agreedLevel.upsert({
    where: { assessmentId_itemId: { assessmentId: input.assessmentId, itemId: input.itemId } },
    create: { assessmentId: input.assessmentId, itemId: input.itemId, ...values },
    update: values,
  });
  return { kind: 'saved' };
}

export type LevelsFromOutcome = { kind: 'changed'; agreed: number } | { kind: 'unchanged' } | { kind: 'none-agreed' } | { kind: 'draft' } | { kind: 'not-found' };

/**
 * Chooses where a submitted assessment of the viewer's starts its gaps and
 * priorities: their own levels, or the ones they agreed where they recorded
 * one. Choosing agreed levels before recording any would change nothing.
 */
export async function setLevelsFrom(viewer: Viewer, input: LevelsFromInput): Promise<LevelsFromOutcome> {
  const client = db();
  const assessment = await client.assessment.findFirst({
    where: ownAssessment(viewer, input.assessmentId),
    select: { status: true, levelsFrom: true, _count: { select: { agreedLevels: true } } },
  });
  if (!assessment) return { kind: 'not-found' };
  if (assessment.status !== 'SUBMITTED') return { kind: 'draft' };
  if (assessment.levelsFrom === input.levelsFrom) return { kind: 'unchanged' };
  if (input.levelsFrom === 'AGREED' && assessment._count.agreedLevels === 0) return { kind: 'none-agreed' };
  const { count } = await client.assessment.updateMany({ where: { ...ownAssessment(viewer, input.assessmentId), status: 'SUBMITTED' }, data: { levelsFrom: input.levelsFrom } });
  return count === 1 ? { kind: 'changed', agreed: assessment._count.agreedLevels } : { kind: 'not-found' };
}
