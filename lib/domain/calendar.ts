import { nextReviewDate, REVIEW_INTERVAL_TEXT } from '@/lib/domain/goals';
import { capitalise } from '@/lib/format/text';

// What a calendar feed shows: the next review and each open goal's target
// date, as all-day events that link back to the page where the EM acts on
// them. The feed is the EM's own, so it speaks to them.

export type CalendarGoal = { id: string; action: string; successMeasure: string; itemTitle: string; targetDate: Date };

export type CalendarSource = {
  /** Stable for the life of the feed, so a calendar updates its events rather than duplicating them. */
  feedId: string;
  chosenReviewDate: Date | null;
  lastSubmittedAt: Date | null;
  openGoals: CalendarGoal[];
};

export type CalendarEvent = {
  uid: string;
  /** An all-day date: midnight UTC of the day. */
  date: Date;
  summary: string;
  description: string;
  /** Where in Headway the event leads, as a path. */
  path: string;
};

export const CALENDAR_NAME = 'Headway: reviews and goals';

/** The review first, then goals by target date; an EM with no submitted assessment and no chosen date has no review yet. */
export function calendarEvents(source: CalendarSource): CalendarEvent[] {
  const review = nextReviewDate(source.chosenReviewDate, source.lastSubmittedAt);
  const reviewEvent: CalendarEvent[] = review
    ? [
        {
          uid: `review-${source.feedId}@headway`,
          date: review.date,
          summary: 'Headway review: take your next assessment',
          description: review.chosen
            ? 'The review date you chose. Take a new assessment to see how your gaps have closed.'
            : `${capitalise(REVIEW_INTERVAL_TEXT)} after your last submitted assessment. Take a new assessment to see how your gaps have closed.`,
          path: '/assess',
        },
      ]
    : [];
  const goalEvents = [...source.openGoals]
    .sort((a, b) => a.targetDate.getTime() - b.targetDate.getTime() || a.id.localeCompare(b.id))
    .map(
      (goal): CalendarEvent => ({
        uid: `goal-${goal.id}@headway`,
        date: goal.targetDate,
        summary: `Goal due: ${goal.action}`,
        description: `${goal.itemTitle}. How you will know it worked: ${goal.successMeasure}`,
        path: `/plan#goal-${goal.id}`,
      }),
    );
  return [...reviewEvent, ...goalEvents];
}
