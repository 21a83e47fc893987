import type { Metadata } from 'next';
import Link from 'next/link';
import { createGoalAction } from '@/app/plan/actions';
import { GoalForm } from '@/components/plan/goal-form';
import { requireUser } from '@/lib/auth/session';
import { listPlannableItems } from '@/lib/data/goals';
import { addMonths, startOfDay } from '@/lib/domain/goals';
import { newGoalQuerySchema } from '@/lib/validation/goal';

export const metadata: Metadata = { title: 'Add a goal' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewGoalPage({ searchParams }: Props) {
  await requireUser();
  const query = newGoalQuerySchema.parse(await searchParams);
  const items = await listPlannableItems();
  const item = items.find((candidate) => candidate.key === query.item);
  const back = query.from ? { href: `/assessments/${query.from}/gaps`, label: 'Back to gaps and priorities' } : { href: '/plan', label: 'Back to your plan' };
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-ink-muted">
          <Link href={back.href} className="underline underline-offset-4">
            {back.label}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">{item ? `Add a goal for ${item.title}` : 'Add a goal'}</h1>
        {item ? <p className="text-ink-muted">{item.sectionTitle}</p> : null}
      </header>
      {item ? (
        <GoalForm
          action={createGoalAction}
          item={item}
          defaultTargetDate={addMonths(startOfDay(new Date()), 3).toISOString().slice(0, 10)}
          submitLabel="Add goal"
        />
      ) : (
        <section aria-labelledby="choose-item" className="space-y-4">
          <h2 id="choose-item" className="text-xl font-semibold">
            Which item is the goal for?
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {items.map((candidate) => (
              <li key={candidate.key}>
                <Link
                  href={`/plan/new?item=${candidate.key}`}
                  className="block min-h-11 rounded-md border border-line bg-surface px-4 py-3 hover:border-accent"
                >
                  <span className="font-medium">{candidate.title}</span>
                  <span className="block text-sm text-ink-muted">{candidate.sectionTitle}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
