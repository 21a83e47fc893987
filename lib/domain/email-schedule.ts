import { startOfDay, type ReviewDate } from '@/lib/domain/goals';

// When reminders and digests fall due: pure, on calendar days in UTC like
// every date in Headway.

const DAY = 24 * 60 * 60 * 1000;
/** The reminder goes out this many days before the review. */
export const REMINDER_DAYS_BEFORE = 7;
/** The digest's "due soon": goals due within this many days. */
export const DUE_SOON_DAYS = 14;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** 1 for Monday to 7 for Sunday, as ISO 8601 counts. */
export function isoWeekday(moment: Date): number {
  return ((moment.getUTCDay() + 6) % 7) + 1;
}

/** "2026-W49": the ISO week a day falls in (its Thursday decides the year). */
export function isoWeek(moment: Date): string {
  const day = startOfDay(moment);
  const thursday = new Date(day.getTime() + (4 - isoWeekday(day)) * DAY);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The reminder is due from a week before the review until the day before it; never for a review already here or past. */
export function reminderDue(review: ReviewDate | null, now: Date): boolean {
  if (!review) return false;
  const today = startOfDay(now).getTime();
  return today >= review.date.getTime() - REMINDER_DAYS_BEFORE * DAY && today < review.date.getTime();
}

/** "2026-12-04": a calendar day as it goes into a dedupe key. */
export const dayKey = (day: Date) => day.toISOString().slice(0, 10);

export const dueSoonUntil = (now: Date) => new Date(startOfDay(now).getTime() + DUE_SOON_DAYS * DAY);
export const weekAgo = (now: Date) => new Date(startOfDay(now).getTime() - 6 * DAY);
