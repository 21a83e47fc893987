import type { Metadata } from 'next';
import Link from 'next/link';
import { addGoalNoteAction, deleteGoalAction, deleteItemGoalsAction, setGoalStatusAction } from '@/app/plan/actions';
import { PlanList } from '@/components/plan/plan-list';
import { buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { requireUser } from '@/lib/auth/session';
import { listGoals, listPlannableItems } from '@/lib/data/goals';
import { daysOverdue, isOpen } from '@/lib/domain/goals';

export const metadata: Metadata = { title: 'Development plan' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = { added: 'Goal added to your plan.', updated: 'Goal updated.' };

export default async function PlanPage({ searchParams }: Props) {
  const user = await requireUser();
  const [goals, items, query] = await Promise.all([listGoals(user), listPlannableItems(), searchParams]);
  const now = new Date();
  const notice = typeof query.notice === 'string' ? NOTICES[query.notice] : undefined;
  const open = goals.filter(isOpen).length;
  const overdue = goals.filter((goal) => daysOverdue(goal, now) > 0).length;
  const done = goals.filter((goal) => goal.status === 'DONE').length;
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-3xl font-semibold tracking-tight">Development plan</h1>
          <p className="text-text-muted">
            What you will do about your gaps, by when, and what you will read or attend. Goals belong to a framework item, so they carry
            over from one assessment to the next.
          </p>
        </div>
        <p className="flex flex-wrap gap-3">
          <Link href="/evidence/new" className={buttonClasses('secondary')}>
            Log evidence
          </Link>
          <Link href="/plan/new" className={buttonClasses()}>
            Add a goal
          </Link>
        </p>
      </header>
      {notice ? <FormMessage tone="success">{notice}</FormMessage> : null}
      {goals.length === 0 ? (
        <div className="space-y-3 rounded-lg border border-dashed border-border p-6">
          <h2 className="text-xl font-semibold">No goals yet</h2>
          <p className="text-text-muted">
            Open the gaps of your latest assessment and turn a priority into a goal, or add one for any item of the framework.
          </p>
          <p className="flex flex-wrap gap-3">
            <Link href="/assessments" className={buttonClasses('secondary')}>
              Your assessments
            </Link>
            <Link href="/plan/new" className={buttonClasses('secondary')}>
              Add a goal
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="flex flex-wrap gap-x-6 gap-y-1 font-medium">
            <span>{open} open</span>
            <span className={overdue > 0 ? 'text-danger' : undefined}>{overdue} overdue</span>
            <span>{done} done</span>
          </p>
          <PlanList
            goals={goals}
            items={items}
            now={now}
            actions={{ setStatus: setGoalStatusAction, addNote: addGoalNoteAction, deleteGoal: deleteGoalAction, deleteItemGoals: deleteItemGoalsAction }}
          />
        </>
      )}
    </div>
  );
}
