import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { updateGoalAction } from '@/app/(app)/plan/actions';
import { GoalForm } from '@/components/plan/goal-form';
import { requireUser } from '@/lib/auth/session';
import { getGoal, listPlannableItems } from '@/lib/data/goals';
import { findByRouteId } from '@/lib/http/route-param';

export const metadata: Metadata = { title: 'Edit goal' };

type Props = { params: Promise<{ goalId: string }> };

export default async function EditGoalPage({ params }: Props) {
  const user = await requireUser();
  const goal = await findByRouteId((await params).goalId, (id) => getGoal(user, id));
  const item = (await listPlannableItems()).find((candidate) => candidate.key === goal.itemKey);
  if (!item) notFound();
  const targetDate = goal.targetDate.toISOString().slice(0, 10);
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-text-muted">
          <Link href={`/plan#goal-${goal.id}`} className="underline underline-offset-4">
            Back to your plan
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">Edit goal for {item.title}</h1>
      </header>
      <GoalForm
        action={updateGoalAction}
        item={item}
        goalId={goal.id}
        defaultTargetDate={targetDate}
        initial={{
          action: goal.action,
          successMeasure: goal.successMeasure,
          targetDate,
          resourceKeys: goal.resources.flatMap((resource) => (resource.resourceKey ? [resource.resourceKey] : [])),
          customResources: goal.resources.filter((resource) => !resource.resourceKey),
        }}
        submitLabel="Save goal"
      />
    </div>
  );
}
