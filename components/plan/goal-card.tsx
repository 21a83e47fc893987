import Link from 'next/link';
import { ActionForm } from '@/components/ui/action-form';
import { daysOverdue, GOAL_STATUS_LABELS, type GoalView } from '@/lib/domain/goals';
import { describeStanding, type ItemStanding } from '@/lib/domain/item-standing';
import { formatDate } from '@/lib/format/dates';
import { GoalDue } from './goal-due';
import { GoalNoteForm } from './goal-note-form';
import { GoalNotes } from './goal-notes';
import type { PlanActions } from './plan-actions';
import { GoalResources } from './goal-resources';
import { GoalStatusControl } from './goal-status-control';

type Props = {
  goal: GoalView;
  now: Date;
  actions: PlanActions;
  /** Where the person stands on the goal's item; null before their first submitted assessment. */
  standing: ItemStanding | null;
  /** The item's title, when the card is not listed under it (the plan in due-date order). */
  itemTitle?: string;
};

/** One goal: what, by when, where the item stands, its status in one control, and its notes on demand. */
export function GoalCard({ goal, now, actions, standing, itemTitle }: Props) {
  const overdue = daysOverdue(goal, now) > 0;
  const headingId = `goal-${goal.id}-heading`;
  return (
    <article
      id={`goal-${goal.id}`}
      aria-labelledby={headingId}
      className={`scroll-mt-24 space-y-3 rounded-lg border bg-surface p-4 ${overdue ? 'border-danger border-l-4' : 'border-border'}`}
    >
      <div className="space-y-1">
        {itemTitle ? <p className="text-sm font-medium text-text-muted">{itemTitle}</p> : null}
        <h3 id={headingId} className="text-lg font-semibold">
          {goal.action}
        </h3>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <GoalDue goal={goal} now={now} />
          {goal.finishedAt ? (
            <span>
              {GOAL_STATUS_LABELS[goal.status]} {formatDate(goal.finishedAt)}
            </span>
          ) : null}
          <span className="text-text-muted">{standing ? describeStanding(standing) : 'Not assessed yet'}</span>
        </p>
      </div>
      <p className="text-sm">
        <span className="font-medium">Success measure: </span>
        {goal.successMeasure}
      </p>
      {goal.resources.length > 0 ? (
        <div className="text-sm">
          <p className="font-medium">Resources</p>
          <GoalResources resources={goal.resources} />
        </div>
      ) : null}
      <GoalStatusControl action={actions.setStatus} goalId={goal.id} goalAction={goal.action} status={goal.status} />
      <GoalNotes notes={goal.notes} goalAction={goal.action} />
      <details className="text-sm">
        <summary className="min-h-11 cursor-pointer content-center font-medium text-accent">
          Add a note{' '}<span className="sr-only">on “{goal.action}”</span>
        </summary>
        <div className="pt-2">
          <GoalNoteForm action={actions.addNote} goalId={goal.id} goalAction={goal.action} />
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-4 border-t border-border pt-3 text-sm">
        <Link href={`/plan/${goal.id}/edit`} className="min-h-11 content-center text-accent underline underline-offset-4">
          Edit{' '}<span className="sr-only">“{goal.action}”</span>
        </Link>
        <Link href={`/evidence/new?goal=${goal.id}`} className="min-h-11 content-center text-accent underline underline-offset-4">
          Log evidence{' '}<span className="sr-only">for “{goal.action}”</span>
        </Link>
        <ActionForm action={actions.deleteGoal}>
          <input type="hidden" name="goalId" value={goal.id} />
          <button type="submit" className="min-h-11 text-danger underline underline-offset-4">
            Delete{' '}<span className="sr-only">“{goal.action}”</span>
          </button>
        </ActionForm>
      </div>
    </article>
  );
}
