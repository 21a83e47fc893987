import type { GoalStatus } from '@/lib/domain/vocabulary';

export type GoalResourceView = { title: string; url: string | null; resourceKey: string | null };
export type GoalNoteView = { id: string; text: string; createdAt: Date };

export type GoalView = {
  id: string;
  itemKey: string;
  action: string;
  successMeasure: string;
  targetDate: Date;
  status: GoalStatus;
  finishedAt: Date | null;
  createdAt: Date;
  resources: GoalResourceView[];
  notes: GoalNoteView[];
};

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Dropped',
};

/** Finished goals stay in summaries and on the home page for this long. */
export const RECENTLY_FINISHED_DAYS = 90;
const REVIEW_INTERVAL_MONTHS = 3;
/** The default review interval as the app words it, mid-sentence. */
export const REVIEW_INTERVAL_TEXT = 'three months';


const DAY = 24 * 60 * 60 * 1000;

export const isOpen = (goal: { status: GoalStatus }) => goal.status === 'NOT_STARTED' || goal.status === 'IN_PROGRESS';

/** The calendar day (midnight UTC) a moment falls on, to compare with target dates. */
export function startOfDay(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

/** Whole days an open goal is past its target date; 0 when it is not overdue or no longer open. */
export function daysOverdue(goal: { status: GoalStatus; targetDate: Date }, now: Date): number {
  if (!isOpen(goal)) return 0;
  return Math.max(0, Math.round((startOfDay(now).getTime() - goal.targetDate.getTime()) / DAY));
}

/** "overdue by 3 days", or null when the goal is not overdue: the same words on the page and in exports. */
export function overdueText(goal: { status: GoalStatus; targetDate: Date }, now: Date): string | null {
  const days = daysOverdue(goal, now);
  return days > 0 ? `overdue by ${days} ${days === 1 ? 'day' : 'days'}` : null;
}

export const recentlyFinishedSince = (now: Date) => new Date(now.getTime() - RECENTLY_FINISHED_DAYS * DAY);

/** Open goals first, soonest target first; then finished ones, latest first. */
function compareGoals(a: GoalView, b: GoalView): number {
  if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
  if (isOpen(a)) return a.targetDate.getTime() - b.targetDate.getTime() || a.createdAt.getTime() - b.createdAt.getTime();
  return (b.finishedAt?.getTime() ?? 0) - (a.finishedAt?.getTime() ?? 0);
}

/** Adds calendar months, landing on the month's last day when the day does not exist (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

export type ReviewDate = { date: Date; chosen: boolean };

/** The user's chosen date, else three months after the last submitted assessment; none before the first. */
export function nextReviewDate(chosen: Date | null, lastSubmittedAt: Date | null): ReviewDate | null {
  if (chosen) return { date: chosen, chosen: true };
  if (!lastSubmittedAt) return null;
  return { date: addMonths(startOfDay(lastSubmittedAt), REVIEW_INTERVAL_MONTHS), chosen: false };
}

/** Goals grouped by item key, each group sorted, in the order the keys are given (framework order). */
export function groupGoalsByItem<T extends GoalView>(goals: T[], itemKeys: readonly string[]): { itemKey: string; goals: T[] }[] {
  const order = new Map(itemKeys.map((key, index) => [key, index]));
  const groups = new Map<string, T[]>();
  for (const goal of goals) groups.set(goal.itemKey, [...(groups.get(goal.itemKey) ?? []), goal]);
  return [...groups.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b))
    .map(([itemKey, list]) => ({ itemKey, goals: [...list].sort(compareGoals) }));
}
