import Link from 'next/link';
import { GoalDue } from '@/components/plan/goal-due';
import type { OpenGoal } from './types';

/** Goals already open on an item, so a new rating can be made in the light of them. */
export function ItemOpenGoals({ goals }: { goals: OpenGoal[] }) {
  const now = new Date();
  return (
    <div className="space-y-2 rounded-md border border-line bg-canvas p-4 text-sm">
      <p className="font-semibold">Your open goals on this item</p>
      <ul className="list-disc space-y-1 pl-5">
        {goals.map((goal) => (
          <li key={goal.id}>
            <Link href={`/plan#goal-${goal.id}`} className="text-accent underline underline-offset-4">
              {goal.action}
            </Link>{' '}
            <span className="text-ink-muted">
              (<GoalDue goal={goal} now={now} />)
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
