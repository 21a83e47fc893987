import Link from 'next/link';
import { ActionForm } from '@/components/ui/action-form';
import { groupGoalsByItem, type GoalView } from '@/lib/domain/goals';
import { GoalCard } from './goal-card';
import type { PlanActions } from './plan-actions';

type Item = { key: string; title: string; sectionTitle: string };

/** The user's goals grouped by framework item, in framework order; `withHistory` links each item to how its rating moved. */
export function PlanList({ goals, items, now, actions, withHistory = false }: { goals: GoalView[]; items: Item[]; now: Date; actions: PlanActions; withHistory?: boolean }) {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const groups = groupGoalsByItem(
    goals,
    items.map((item) => item.key),
  );
  return (
    <div className="space-y-10">
      {groups.map((group) => {
        const item = byKey.get(group.itemKey);
        const title = item?.title ?? group.itemKey;
        const headingId = `item-${group.itemKey}-heading`;
        return (
          <section key={group.itemKey} aria-labelledby={headingId} className="space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-3">
              <h2 id={headingId} className="text-2xl font-semibold">
                {title}
                {item ? <span className="block text-sm font-normal text-text-muted">{item.sectionTitle}</span> : null}
              </h2>
              <span className="flex flex-wrap gap-x-6">
                {withHistory ? (
                  <Link href={`/progress/items/${group.itemKey}`} className="min-h-11 content-center text-accent underline underline-offset-4">
                    How {title} moved
                  </Link>
                ) : null}
                <Link href={`/plan/new?item=${group.itemKey}`} className="min-h-11 content-center text-accent underline underline-offset-4">
                  Add a goal for {title}
                </Link>
              </span>
            </div>
            <div className="space-y-4">
              {group.goals.map((goal) => (
                <GoalCard key={goal.id} goal={goal} now={now} actions={actions} />
              ))}
            </div>
            <details className="text-sm">
              <summary className="min-h-11 cursor-pointer content-center text-text-muted">Delete every goal for {title}</summary>
              <ActionForm action={actions.deleteItemGoals} className="mt-2 flex flex-wrap items-center gap-3">
                <input type="hidden" name="itemKey" value={group.itemKey} />
                <p>
                  This deletes {group.goals.length} {group.goals.length === 1 ? 'goal' : 'goals'} and their notes. Other items keep theirs.
                </p>
                <button type="submit" className="min-h-11 font-medium text-danger underline underline-offset-4">
                  Yes, delete {group.goals.length === 1 ? 'it' : `all ${group.goals.length}`}
                </button>
              </ActionForm>
            </details>
          </section>
        );
      })}
    </div>
  );
}
