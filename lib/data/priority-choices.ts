import 'server-only';
import { ownAssessment, ownAssessmentsSql, ownPriorityChoices, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import type { PriorityChoiceInput } from '@/lib/validation/readiness-choices';

export type PriorityChoiceOutcome = { kind: 'saved'; title: string } | { kind: 'not-found' };

/**
 * Pins or dismisses one item (by its key) among an assessment's priorities, or restores it
 * to the rule (choice null). The item must be on the assessment's own
 * framework version, and the assessment the viewer's; the write checks both
 * in the same statement.
 */
export async function setPriorityChoice(viewer: Viewer, { assessmentId, itemKey, choice }: PriorityChoiceInput): Promise<PriorityChoiceOutcome> {
  const client = db();
  const item = await client.frameworkItem.findFirst({
    where: { key: itemKey, frameworkVersion: { assessments: { some: ownAssessment(viewer, assessmentId) } } },
    select: { id: true, title: true },
  });
  if (!item) return { kind: 'not-found' };
  const itemId = item.id;
  if (choice === null) {
    await client.priorityChoice.deleteMany({ where: { ...ownPriorityChoices(viewer), assessmentId, itemId } });
    return { kind: 'saved', title: item.title };
  }
  const written = await client.$executeRaw`
    INSERT INTO "PriorityChoice" ("assessmentId", "itemId", choice, "updatedAt")
    SELECT assessment.id, item.id, ${choice}::"PriorityChoiceKind", ${new Date()}
    FROM "Assessment" assessment
    JOIN "FrameworkItem" item ON item."frameworkVersionId" = assessment."frameworkVersionId"
    WHERE assessment.id = ${assessmentId} AND ${ownAssessmentsSql(viewer, 'assessment')} AND item.id = ${itemId}
    ON CONFLICT ("assessmentId", "itemId") DO UPDATE SET choice = EXCLUDED.choice, "updatedAt" = EXCLUDED."updatedAt"`;
  return written === 1 ? { kind: 'saved', title: item.title } : { kind: 'not-found' };
}
