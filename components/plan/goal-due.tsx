import { overdueText } from '@/lib/domain/goals';
import { formatDate } from '@/lib/format/dates';
import type { GoalStatus } from '@/lib/domain/vocabulary';

/** The target date, and how far past it an open goal is, in words as well as colour. */
export function GoalDue({ goal, now }: { goal: { status: GoalStatus; targetDate: Date }; now: Date }) {
  const overdue = overdueText(goal, now);
  return (
    <span className={overdue ? 'font-semibold text-danger' : undefined}>
      Due {formatDate(goal.targetDate)}
      {overdue ? ` · ${overdue}` : ''}
    </span>
  );
}
