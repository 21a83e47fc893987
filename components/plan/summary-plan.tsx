import Link from 'next/link';
import { gapLabel } from '@/lib/domain/gap-labels';
import { buttonClasses } from '@/components/ui/button';
import { gapOf } from '@/lib/domain/gaps';
import type { DevelopmentSummary, SummaryItem } from '@/lib/domain/summary';
import { NO_PLAN_GOALS, PLAN_INTRO } from '@/lib/export/goal-text';
import { GoalDue } from './goal-due';
import { GoalStatusBadge } from './goal-status-badge';
import { Section } from '@/components/ui/section';

type Props = {
  summary: DevelopmentSummary;
  now: Date;
  /** The owner's view: a way to add a goal on any item, from this assessment. */
  addGoalFrom?: string;
};

/** The plan for an assessment's items: the items that have goals, each with its goals. */
export function SummaryPlan({ summary, now, addGoalFrom }: Props) {
  const items = summary.items.filter((item) => summary.goals.some((goal) => goal.itemKey === item.key));
  return (
    <Section headingId="plan-heading" title="Development plan" className="space-y-4">
      <p className="text-text-muted">
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
      {addGoalFrom ? <AddGoalChooser items={summary.items} from={addGoalFrom} /> : null}
      {items.length === 0 ? (
        <p>{NO_PLAN_GOALS}</p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border">
          {items.map((item) => (
            <li key={item.key} className="space-y-2 p-4">
              <h3 className="font-semibold">
                {item.title}
                <span className="font-normal text-text-muted"> · {gapLabel(gapOf(item))}</span>
              </h3>
              <ul className="space-y-2">
                {summary.goals
                  .filter((goal) => goal.itemKey === item.key)
                  .map((goal) => (
                    <li key={goal.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                      <GoalStatusBadge status={goal.status} />
                      <span className="font-medium">{goal.action}</span>
                      <span className="text-text-muted">
                        <GoalDue goal={goal} now={now} />
                      </span>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/**
 * A goal on any item, priority or not. A plain form that asks for the goal
 * page with the chosen item, so it works before any script has loaded; each
 * option says how far the item is from its target.
 */
function AddGoalChooser({ items, from }: { items: SummaryItem[]; from: string }) {
  return (
    <form action="/plan/new" className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 space-y-1">
        <label htmlFor="plan-item" className="block text-sm font-semibold">
          Item to set a goal on
        </label>
        <select id="plan-item" name="item" className="block min-h-11 max-w-full rounded-md border border-border-strong bg-surface px-3 py-2">
          {items.map((item) => (
            <option key={item.key} value={item.key}>{`${item.title} · ${gapLabel(gapOf(item))}`}</option>
          ))}
        </select>
      </div>
      {/* After the item, so the address reads like the priorities' links: ?item=…&from=… */}
      <input type="hidden" name="from" value={from} />
      <button type="submit" className={buttonClasses('secondary')}>
        Add a goal
      </button>
    </form>
  );
}
