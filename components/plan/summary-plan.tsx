import Link from 'next/link';
import { gapLabel } from '@/components/gaps/gap-labels';
import { gapOf } from '@/lib/domain/gaps';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { PLAN_INTRO } from '@/lib/export/goal-text';
import { GoalDue } from './goal-due';
import { GoalStatusBadge } from './goal-status-badge';

type Props = {
  summary: DevelopmentSummary;
  now: Date;
  /** The owner's view: every item, each with a way to add a goal from this assessment. */
  addGoalFrom?: string;
};

/** The plan for an assessment's items: on the owner's gap view every item, on a shared summary only those with goals. */
export function SummaryPlan({ summary, now, addGoalFrom }: Props) {
  const items = addGoalFrom ? summary.items : summary.items.filter((item) => summary.goals.some((goal) => goal.itemKey === item.key));
  return (
    <section aria-labelledby="plan-heading" className="space-y-4">
      <h2 id="plan-heading" className="text-2xl font-semibold">
        Development plan
      </h2>
      <p className="text-ink-muted">
        {PLAN_INTRO}
        {addGoalFrom ? (
          <>
            {' '}
            <Link href="/plan" className="text-accent underline underline-offset-4">
              See your whole plan
            </Link>
            .
          </>
        ) : null}
      </p>
      {items.length === 0 ? <p>No goals on these items yet.</p> : null}
      <ul className="divide-y divide-line rounded-lg border border-line">
        {items.map((item) => {
          const goals = summary.goals.filter((goal) => goal.itemKey === item.key);
          return (
            <li key={item.key} className="space-y-2 p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  {item.title}
                  <span className="font-normal text-ink-muted"> · {gapLabel(gapOf(item))}</span>
                </h3>
                {addGoalFrom ? (
                  <Link
                    href={`/plan/new?item=${item.key}&from=${addGoalFrom}`}
                    className="min-h-11 content-center text-sm text-accent underline underline-offset-4"
                  >
                    Add a goal{' '}<span className="sr-only">on {item.title}</span>
                  </Link>
                ) : null}
              </div>
              {goals.length > 0 ? (
                <ul className="space-y-2">
                  {goals.map((goal) => (
                    <li key={goal.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                      <GoalStatusBadge status={goal.status} />
                      <span className="font-medium">{goal.action}</span>
                      <span className="text-ink-muted">
                        <GoalDue goal={goal} now={now} />
                      </span>
                    </li>
                  ))}
                </ul>
              ) : addGoalFrom ? (
                <p className="text-sm text-ink-muted">No goals yet.</p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
