import 'server-only';
import { ownAgreedLevels, ownAssessment, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import type { AgreedLevelInput } from '@/lib/validation/agreed-level';

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
