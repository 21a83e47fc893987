import { daysOverdue, isOpen, type GoalView } from '@/lib/domain/goals';

/** Which goals the plan shows. */
export const PLAN_FILTERS = ['all', 'open', 'overdue', 'done'] as const;
export type PlanFilter = (typeof PLAN_FILTERS)[number];

/** How the plan is laid out: under each framework item, or one list by target date. */
export const PLAN_ORDERS = ['item', 'due'] as const;
export type PlanOrder = (typeof PLAN_ORDERS)[number];

const MATCHES: Record<PlanFilter, (goal: GoalView, now: Date) => boolean> = {
  all: () => true,
  open: (goal) => isOpen(goal),
  overdue: (goal, now) => daysOverdue(goal, now) > 0,
  done: (goal) => goal.status === 'DONE',
};

export function filterGoals<T extends GoalView>(goals: readonly T[], filter: PlanFilter, now: Date): T[] {
  return goals.filter((goal) => MATCHES[filter](goal, now));
}

/** How many goals each filter shows, for its label. */
export function countGoalsByFilter(goals: readonly GoalView[], now: Date): Record<PlanFilter, number> {
  return Object.fromEntries(PLAN_FILTERS.map((filter) => [filter, filterGoals(goals, filter, now).length])) as Record<PlanFilter, number>;
}

/** Soonest target date first, whatever the status; goals due the same day in the order they were set. */
export function sortGoalsByDue<T extends GoalView>(goals: readonly T[]): T[] {
  return [...goals].sort((a, b) => a.targetDate.getTime() - b.targetDate.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
}
