import { GOAL_STATUS_LABELS, overdueText, RECENTLY_FINISHED_DAYS } from '@/lib/domain/goals';
import type { SummaryGoal } from '@/lib/domain/summary';
import { formatDate } from '@/lib/format/dates';

/** "In progress, due 31 Mar 2027 (overdue by 3 days)" or "Done 2 Feb 2027": a goal's state in one phrase for exports. */
export function goalState(goal: SummaryGoal, now: Date): string {
  if (goal.finishedAt && (goal.status === 'DONE' || goal.status === 'DROPPED')) {
    return `${GOAL_STATUS_LABELS[goal.status]} ${formatDate(goal.finishedAt)} (target ${formatDate(goal.targetDate)})`;
  }
  const overdue = overdueText(goal, now);
  return `${GOAL_STATUS_LABELS[goal.status]}, due ${formatDate(goal.targetDate)}${overdue ? ` (${overdue})` : ''}`;
}

export const NO_PLAN_GOALS = 'No goals on these items yet.';

export const PLAN_INTRO = `Open goals, and goals finished in the last ${RECENTLY_FINISHED_DAYS} days, on the items of this assessment.`;
