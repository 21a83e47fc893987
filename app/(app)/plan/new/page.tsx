import type { Metadata } from 'next';
import Link from 'next/link';
import { createGoalAction } from '@/app/(app)/plan/actions';
import { GoalForm } from '@/components/plan/goal-form';
import { GoalGuidePanel } from '@/components/plan/goal-guide';
import { requireUser } from '@/lib/auth/session';
import { listPlannableItems } from '@/lib/data/goals';
import { getGoalGuide } from '@/lib/data/item-standings';
import { suggestGoalActions } from '@/lib/domain/goal-suggestions';
import { addMonths, startOfDay } from '@/lib/domain/goals';
import { newGoalQuerySchema } from '@/lib/validation/goal';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { title: 'Add a goal' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewGoalPage({ searchParams }: Props) {
  const user = await requireUser();
  const query = newGoalQuerySchema.parse(await searchParams);
  const items = await listPlannableItems();
  const item = items.find((candidate) => candidate.key === query.item);
  // Another person's assessment id finds nothing: the guide is then the viewer's latest submitted one, or none.
  const guide = item ? await getGoalGuide(user, item.key, query.from) : null;
  const suggestions = (guide ? suggestGoalActions(guide) : []).map((text, index) => ({
    text,
    href: `/plan/new?${new URLSearchParams({ item: item?.key ?? '', ...(query.from ? { from: query.from } : {}), use: String(index) })}`,
  }));
  const suggested = query.use === undefined ? undefined : suggestions[query.use]?.text;
  const defaultTargetDate = addMonths(startOfDay(new Date()), 3).toISOString().slice(0, 10);
  const back = query.from ? { href: `/assessments/${query.from}/gaps`, label: 'Back to gaps and priorities' } : { href: '/plan', label: 'Back to your plan' };
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-text-muted">
          <Link href={back.href} className="underline underline-offset-4">
            {back.label}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">{item ? `Add a goal for ${item.title}` : 'Add a goal'}</h1>
        {item ? <p className="text-text-muted">{item.sectionTitle}</p> : null}
      </header>
      {item ? (
        <>
          {guide ? (
            <GoalGuidePanel guide={guide} />
          ) : (
            <p className="text-text-muted">Submit an assessment to see here where you stand on {item.title} and what the next level asks.</p>
          )}
          <GoalForm
            action={createGoalAction}
            item={item}
            defaultTargetDate={defaultTargetDate}
            initial={suggested ? { action: suggested, successMeasure: '', targetDate: defaultTargetDate, resourceKeys: [], customResources: [] } : undefined}
            suggestions={suggestions}
            submitLabel="Add goal"
          />
        </>
      ) : (
        <Section headingId="choose-item" title="Which item is the goal for?" size="medium" className="space-y-4">
          <ul className="grid gap-2 sm:grid-cols-2">
            {items.map((candidate) => (
              <li key={candidate.key}>
                <Link
                  href={`/plan/new?item=${candidate.key}`}
                  className="block min-h-11 rounded-md border border-border bg-surface px-4 py-3 hover:border-accent"
                >
                  <span className="font-medium">{candidate.title}</span>
                  <span className="block text-sm text-text-muted">{candidate.sectionTitle}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
