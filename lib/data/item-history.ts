import 'server-only';
import { ownAnswers, ownAssessments, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import type { ItemHistory } from '@/lib/domain/item-history';
import { scaleOf } from '@/lib/domain/rating-scale';

/**
 * How the viewer rated one item, by its stable key, across every one of
 * their submitted assessments, oldest first: their own self-ratings only.
 * Null when none of their submitted assessments has the item (an unknown key,
 * or nothing submitted yet), so the page answers 404 as for any made-up id.
 */
export async function getItemHistory(viewer: Viewer, key: string): Promise<ItemHistory | null> {
  const answers = await db().assessmentAnswer.findMany({
    where: { ...ownAnswers(viewer), assessment: { ...ownAssessments(viewer), status: 'SUBMITTED', submittedAt: { not: null } }, item: { key } },
    orderBy: [{ assessment: { submittedAt: 'asc' } }, { assessmentId: 'asc' }],
    select: {
      level: true,
      noOpportunity: true,
      targetLevel: true,
      assessment: { select: { id: true, submittedAt: true } },
      item: { select: { title: true, frameworkVersion: { select: { levels: { select: { level: true } } } } } },
    },
  });
  const newest = answers.at(-1);
  if (!newest) return null;
  return {
    key,
    title: newest.item.title,
    entries: answers.map((answer) => ({
      assessmentId: answer.assessment.id,
      // Never null here: the query asks for submitted assessments with a date.
      submittedAt: answer.assessment.submittedAt ?? new Date(0),
      level: answer.level,
      noOpportunity: answer.noOpportunity,
      targetLevel: answer.targetLevel,
    })),
    scale: scaleOf(answers.flatMap((answer) => answer.item.frameworkVersion.levels)),
  };
}
