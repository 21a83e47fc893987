import Link from 'next/link';
import { ActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { daysOverdue, GOAL_STATUS_LABELS, type GoalView } from '@/lib/domain/goals';
import { formatDate } from '@/lib/format/dates';
import { GOAL_STATUSES } from '@/lib/domain/vocabulary';
import { GoalDue } from './goal-due';
import { GoalNoteForm } from './goal-note-form';
import type { PlanActions } from './plan-actions';
import { GoalResources } from './goal-resources';
import { GoalStatusBadge } from './goal-status-badge';

export function GoalCard({ goal, now, actions }: { goal: GoalView; now: Date; actions: PlanActions }) {
  const overdue = daysOverdue(goal, now) > 0;
  const headingId = `goal-${goal.id}-heading`;
  return (
    <article
      id={`goal-${goal.id}`}
      aria-labelledby={headingId}
      className={`scroll-mt-24 space-y-4 rounded-lg border bg-surface p-5 ${overdue ? 'border-danger border-l-4' : 'border-border'}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 id={headingId} className="text-lg font-semibold">
          {goal.action}
        </h3>
        <GoalStatusBadge status={goal.status} />
      </div>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Success measure</dt>
        <dd>{goal.successMeasure}</dd>
        <dt className="font-medium">Target</dt>
        <dd>
          <GoalDue goal={goal} now={now} />
          {goal.finishedAt ? ` · ${GOAL_STATUS_LABELS[goal.status].toLowerCase()} ${formatDate(goal.finishedAt)}` : ''}
        </dd>
        {goal.resources.length > 0 ? (
          <>
            <dt className="font-medium">Resources</dt>
            <dd>
              <GoalResources resources={goal.resources} />
            </dd>
          </>
        ) : null}
      </dl>
      <ActionForm action={actions.setStatus} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="goalId" value={goal.id} />
        <div className="space-y-1">
          <label htmlFor={`goal-${goal.id}-status`} className="block text-sm font-medium">
            Status
          </label>
          <select
            id={`goal-${goal.id}-status`}
            name="status"
            defaultValue={goal.status}
            className="block min-h-11 rounded-md border border-border bg-surface px-3 py-2"
          >
            {GOAL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {GOAL_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Update status{' '}<span className="sr-only">of “{goal.action}”</span>
        </Button>
      </ActionForm>
      <section aria-label={`Progress notes on “${goal.action}”`} className="space-y-3">
        <h4 className="text-sm font-semibold uppercase tracking-wide text-text-muted">Progress notes</h4>
        {goal.notes.length === 0 ? (
          <p className="text-sm text-text-muted">No notes yet.</p>
        ) : (
          <ol className="space-y-2">
            {goal.notes.map((note) => (
              <li key={note.id} className="text-sm">
                <time dateTime={note.createdAt.toISOString()} className="font-medium">
                  {formatDate(note.createdAt)}
                </time>
                : <span className="whitespace-pre-line">{note.text}</span>
              </li>
            ))}
          </ol>
        )}
        <GoalNoteForm action={actions.addNote} goalId={goal.id} goalAction={goal.action} />
      </section>
      <div className="flex flex-wrap items-center gap-4 border-t border-border pt-4 text-sm">
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
