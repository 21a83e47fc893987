import type { Metadata } from 'next';
import Link from 'next/link';
import { addGoalNoteAction, deleteGoalAction, deleteItemGoalsAction, setGoalStatusAction } from '@/app/(app)/plan/actions';
import { PlanFilters } from '@/components/plan/plan-filters';
import { PlanList } from '@/components/plan/plan-list';
import { buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { requireUser } from '@/lib/auth/session';
import { hasSubmittedAssessment } from '@/lib/data/assessments';
import { listGoals, listPlannableItems } from '@/lib/data/goals';
import { listItemStandings } from '@/lib/data/item-standings';
import { countGoalsByFilter, filterGoals, type PlanFilter } from '@/lib/domain/plan-view';
import { planQuerySchema } from '@/lib/validation/goal';
import { PageHeader } from '@/components/layout/page-heading';

export const metadata: Metadata = { title: 'Development plan' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = { added: 'Goal added to your plan.', updated: 'Goal updated.' } as const;

const NONE_SHOWN: Record<Exclude<PlanFilter, 'all'>, string> = {
  open: 'No open goals: every goal is done or dropped.',
  overdue: 'Nothing overdue: every open goal is within its target date.',
  done: 'No goals done yet.',
};

export default async function PlanPage({ searchParams }: Props) {
  const user = await requireUser();
  const [goals, items, standings, query, submitted] = await Promise.all([
    listGoals(user),
    listPlannableItems(),
    listItemStandings(user),
    searchParams,
    hasSubmittedAssessment(user),
  ]);
  const { show, sort, notice } = planQuerySchema.parse(query);
  const now = new Date();
  const shown = filterGoals(goals, show, now);
  return (
    <div className="space-y-8">
      <PageHeader
        title="Development plan"
        intro={
          <p className="text-text-muted">
            What you will do about your gaps, by when, and what you will read or attend. Goals belong to a framework item, so they carry
            over from one assessment to the next.
          </p>
        }
        actions={
          <p className="flex flex-wrap gap-3">
            <Link href="/evidence/new" className={buttonClasses('secondary')}>
              Log evidence
            </Link>
            <Link href="/plan/new" className={buttonClasses()}>
              Add a goal
            </Link>
          </p>
        }
      />
      {notice ? <FormMessage tone="success">{NOTICES[notice]}</FormMessage> : null}
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
          <PlanFilters show={show} sort={sort} counts={countGoalsByFilter(goals, now)} />
          {shown.length === 0 && show !== 'all' ? (
            <p className="text-text-muted">{NONE_SHOWN[show]}</p>
          ) : (
            <PlanList
              goals={shown}
              items={items}
              now={now}
              standings={standings}
              order={sort}
              withHistory={submitted}
              actions={{ setStatus: setGoalStatusAction, addNote: addGoalNoteAction, deleteGoal: deleteGoalAction, deleteItemGoals: deleteItemGoalsAction }}
            />
          )}
        </>
      )}
    </div>
  );
}
