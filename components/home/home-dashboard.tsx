import Link from 'next/link';
import { setReviewDateAction } from '@/app/(app)/plan/actions';
import { GoalDue } from '@/components/plan/goal-due';
import { GoalStatusBadge } from '@/components/plan/goal-status-badge';
import { buttonClasses } from '@/components/ui/button';
import { Card, cardClasses } from '@/components/ui/card';
import { REVIEW_INTERVAL_TEXT } from '@/lib/domain/goals';
import { nextStep, reviewDateOf, type HomeOverview } from '@/lib/domain/home';
import { describeReadiness, READINESS_MEASURE, readinessHeadline } from '@/lib/domain/readiness';
import { measureLabel } from '@/lib/domain/targets';
import { formatDate } from '@/lib/format/dates';
import { capitalise } from '@/lib/format/text';
import { ReviewDateForm } from './review-date-form';
import { Section } from '@/components/ui/section';

function change(latest: NonNullable<HomeOverview['latest']>): string {
  if (latest.readiness.percent === null) return 'This assessment has too little rated for a figure, so there is no change to show.';
  if (!latest.change) return 'No earlier figure to compare with: the next assessment will show the change.';
  const { previous, latest: now, coverage } = latest.change;
  if (previous.percent === null || now.percent === null || previous.state !== 'figure' || now.state !== 'figure') {
    return `Too few items are rated in both this and your previous assessment to say how readiness changed. ${coverage}`;
  }
  const points = now.percent - previous.percent;
  if (points === 0) return `No change since your previous assessment. ${coverage}`;
  return `${points > 0 ? 'Up' : 'Down'} ${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'} since your previous assessment (${previous.percent}% to ${now.percent}%). ${coverage}`;
}

// Someone who has not started an assessment yet is new here, not back.
function greeting({ latest, draft }: HomeOverview, name: string | null): string {
  const words = latest || draft ? 'Welcome back' : 'Welcome';
  return name ? `${words}, ${name}` : words;
}

/** "Where am I": latest readiness and its change, the review date, the draft, goals due soonest and one next step. */
export function HomeDashboard({ overview, name, now }: { overview: HomeOverview; name: string | null; now: Date }) {
  const step = nextStep(overview, now);
  const review = reviewDateOf(overview);
  const { latest, draft } = overview;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{greeting(overview, name)}</h1>
        <p className="text-text-muted">Where you stand on the way to Head of Engineering, and what to do next.</p>
      </header>

      <Section headingId="next-step-heading" title="Your next step" size="medium" className="space-y-3 rounded-lg border-2 border-accent p-5 sm:p-6">
        <p>{step.text}</p>
        <p>
          <Link href={step.href} className={buttonClasses()}>
            {step.label}
          </Link>
        </p>
      </Section>

      <div className="grid gap-6 md:grid-cols-2">
        <Section headingId="readiness-heading" title="Readiness" size="medium" className={`${cardClasses} space-y-2`}>
          {latest ? (
            <>
              <p className="text-4xl font-semibold">{readinessHeadline(latest.readiness)}</p>
              <p className="text-text-muted">
                {describeReadiness(latest.readiness)} in your assessment of {formatDate(latest.submittedAt)}.
              </p>
              <p>{change(latest)}</p>
              {latest.change?.measures ? <p>{latest.change.measures}</p> : null}
              <p className="text-sm text-text-muted">
                Measured against {measureLabel(latest.measure)}. {READINESS_MEASURE}
              </p>
              <p className="flex flex-wrap gap-x-4">
                <Link href={`/assessments/${latest.id}/gaps`} className="min-h-11 content-center text-accent underline underline-offset-4">
                  See the gaps
                </Link>
                <Link href="/progress" className="min-h-11 content-center text-accent underline underline-offset-4">
                  Progress over time
                </Link>
              </p>
            </>
          ) : (
            <p className="text-text-muted">No submitted assessment yet. Your readiness appears here once you submit one.</p>
          )}
        </Section>

        <Section headingId="review-heading" title="Next review" size="medium" className={`${cardClasses} space-y-3`}>
          {review ? (
            <>
              <p className="text-2xl font-semibold">{formatDate(review.date)}</p>
              <p className="text-text-muted">
                {review.chosen ? 'The date you chose.' : `${capitalise(REVIEW_INTERVAL_TEXT)} after your last submitted assessment.`}
              </p>
            </>
          ) : (
            <p className="text-text-muted">Once you submit an assessment, your next review falls {REVIEW_INTERVAL_TEXT} later.</p>
          )}
          {latest ? (
            <p>
              Since {formatDate(latest.submittedAt)}: {overview.doneSinceLast} {overview.doneSinceLast === 1 ? 'goal' : 'goals'} done,{' '}
              <span className={overview.overdueGoals > 0 ? 'font-semibold text-danger' : undefined}>
                {overview.overdueGoals} overdue
              </span>
              .
            </p>
          ) : null}
          <details>
            <summary className="min-h-11 cursor-pointer content-center text-accent underline underline-offset-4">Change the review date</summary>
            <div className="mt-3">
              <ReviewDateForm action={setReviewDateAction} current={review ? review.date.toISOString().slice(0, 10) : null} />
            </div>
          </details>
        </Section>
      </div>

      {draft ? (
        <Section headingId="draft-heading" title="Draft in progress" size="medium" className={`${cardClasses} space-y-2`}>
          <p>
            Started {formatDate(draft.createdAt)}: {draft.readiness.rated + draft.readiness.noOpportunity} of {draft.readiness.total} items answered.
          </p>
          <Link href={`/assessments/${draft.id}`} className="min-h-11 content-center text-accent underline underline-offset-4">
            Continue the draft
          </Link>
        </Section>
      ) : null}

      <Card aria-labelledby="goals-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="goals-heading" className="text-xl font-semibold">
            Goals due soonest
          </h2>
          <Link href="/plan" className="min-h-11 content-center text-accent underline underline-offset-4">
            Your plan ({overview.openGoals} open)
          </Link>
        </div>
        {overview.dueSoonest.length === 0 ? (
          <p className="text-text-muted">No open goals. Turn a priority from your gaps into a goal with a date.</p>
        ) : (
          <ul className="divide-y divide-border">
            {overview.dueSoonest.map((goal) => (
              <li key={goal.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3">
                <Link href={`/plan#goal-${goal.id}`} className="font-medium text-accent underline underline-offset-4">
                  {goal.action}
                </Link>
                <span className="text-sm text-text-muted">{goal.itemTitle}</span>
                <span className="text-sm">
                  <GoalDue goal={goal} now={now} />
                </span>
                <GoalStatusBadge status={goal.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Section headingId="evidence-heading" title="Evidence log" size="medium" className={`${cardClasses} space-y-3`}>
        <p>Write down what you did while it is fresh. When you next rate an item, what you logged for it is there to add to your evidence.</p>
        <p className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <Link href="/evidence/new" className={buttonClasses('secondary')}>
            Log evidence
          </Link>
          <Link href="/evidence" className="min-h-11 content-center text-accent underline underline-offset-4">
            Your evidence log
          </Link>
        </p>
      </Section>
    </div>
  );
}
