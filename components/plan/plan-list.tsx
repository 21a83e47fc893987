import Link from 'next/link';
import { ActionForm } from '@/components/ui/action-form';
import { groupGoalsByItem, type GoalView } from '@/lib/domain/goals';
import type { ItemStanding } from '@/lib/domain/item-standing';
import { sortGoalsByDue, type PlanOrder } from '@/lib/domain/plan-view';
import { GoalCard } from './goal-card';
import type { PlanActions } from './plan-actions';

type Item = { key: string; title: string; sectionTitle: string };

type Props = {
  goals: GoalView[];
  items: Item[];
  now: Date;
  actions: PlanActions;
  /** Where the person stands on each item, by key. */
  standings: ReadonlyMap<string, ItemStanding>;
  order?: PlanOrder;
  /** Link each item to how its rating moved: once something is submitted. */
  withHistory?: boolean;
};

/** The user's goals, grouped by framework item in framework order, or as one list by target date. */
export function PlanList({ goals, items, now, actions, standings, order = 'item', withHistory = false }: Props) {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const standingOf = (itemKey: string) => standings.get(itemKey) ?? null;
  if (order === 'due') {
    return (
      <ol aria-label="Goals by target date, soonest first" className="space-y-4">
        {sortGoalsByDue(goals).map((goal) => (
          <li key={goal.id}>
            <GoalCard goal={goal} now={now} actions={actions} standing={standingOf(goal.itemKey)} itemTitle={byKey.get(goal.itemKey)?.title ?? goal.itemKey} />
          </li>
        ))}
      </ol>
    );
  }
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
                <GoalCard key={goal.id} goal={goal} now={now} actions={actions} standing={standingOf(goal.itemKey)} />
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
