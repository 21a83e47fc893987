import { daysOverdue, nextReviewDate, startOfDay, type ReviewDate } from '@/lib/domain/goals';
import type { Readiness } from '@/lib/domain/readiness';
import type { TargetMeasure } from '@/lib/domain/targets';
import type { GoalStatus } from '@/lib/domain/vocabulary';

export type HomeGoal = { id: string; itemKey: string; itemTitle: string; action: string; targetDate: Date; status: GoalStatus };

export type HomeOverview = {
  latest: {
    id: string;
    submittedAt: Date;
    measure: TargetMeasure | null;
    readiness: Readiness;
    /** The latest and the previous submitted assessment, each read over the items rated in both; null without a previous one. */
    change: { previous: Readiness; latest: Readiness; coverage: string; measures: string | null } | null;
  } | null;
  draft: { id: string; createdAt: Date; readiness: Readiness } | null;
  chosenReviewDate: Date | null;
  dueSoonest: HomeGoal[];
  openGoals: number;
  overdueGoals: number;
  doneSinceLast: number;
};

export type NextStep = { text: string; href: string; label: string };

export function reviewDateOf(overview: HomeOverview): ReviewDate | null {
  return nextReviewDate(overview.chosenReviewDate, overview.latest?.submittedAt ?? null);
}

/** The one thing most worth doing now, in the order a development loop needs it. */
export function nextStep(overview: HomeOverview, now: Date): NextStep {
  if (overview.draft) {
    return {
      text: `You have a draft assessment with ${overview.draft.readiness.rated} of ${overview.draft.readiness.total} items rated.`,
      href: `/assessments/${overview.draft.id}`,
      label: 'Continue your draft assessment',
    };
  }
  if (!overview.latest) {
    return {
      text: 'Rate yourself against each focus area and behaviour to see where your gaps are.',
      href: '/assess',
      label: 'Start your first assessment',
    };
  }
  const overdue = overview.dueSoonest.find((goal) => daysOverdue(goal, now) > 0);
  if (overdue) {
    return {
      text: `“${overdue.action}” (${overdue.itemTitle}) is past its target date.`,
      href: `/plan#goal-${overdue.id}`,
      label: 'Update your overdue goal',
    };
  }
  const review = reviewDateOf(overview);
  if (review && startOfDay(now) >= review.date) {
    return { text: 'Your review date has come: rate yourself again to see what has changed.', href: '/assess', label: 'Start your next assessment' };
  }
  if (overview.openGoals === 0) {
    return {
      text: 'Your plan has no open goals. Pick a priority from your latest assessment and decide what you will do about it.',
      href: `/assessments/${overview.latest.id}/gaps`,
      label: 'Turn a priority into a goal',
    };
  }
  const soonest = overview.dueSoonest[0]!;
  return {
    text: `Your next goal is due soonest: “${soonest.action}” (${soonest.itemTitle}).`,
    href: `/plan#goal-${soonest.id}`,
    label: 'Log progress on your plan',
  };
}
