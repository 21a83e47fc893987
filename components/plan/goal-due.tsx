import { daysOverdue } from '@/lib/domain/goals';
import { formatDate } from '@/lib/format/dates';
import type { GoalStatus } from '@/lib/validation/goal';

/** The target date, and how far past it an open goal is, in words as well as colour. */
export function GoalDue({ goal, now }: { goal: { status: GoalStatus; targetDate: Date }; now: Date }) {
  const overdue = daysOverdue(goal, now);
  return (
    <span className={overdue > 0 ? 'font-semibold text-danger' : undefined}>
      Due {formatDate(goal.targetDate)}
      {overdue > 0 ? ` · overdue by ${overdue} ${overdue === 1 ? 'day' : 'days'}` : ''}
    </span>
  );
}
