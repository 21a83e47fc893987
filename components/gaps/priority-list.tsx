import Link from 'next/link';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { PRIORITY_RULE } from '@/lib/domain/priorities';
import { gapLabel } from '@/lib/domain/gap-labels';

export function PriorityList({ summary, addGoalFrom }: { summary: DevelopmentSummary; addGoalFrom?: string }) {
  return (
    <section aria-labelledby="priorities-heading" className="space-y-4">
      <h2 id="priorities-heading" className="text-2xl font-semibold">
        Your three priorities
      </h2>
      <p className="text-text-muted">{PRIORITY_RULE}</p>
      {summary.priorities.length === 0 ? (
        <p>No item is below its target{summary.readiness.rated === 0 ? ' yet: nothing is rated' : ''}.</p>
      ) : (
        <ol className="space-y-4">
          {summary.priorities.map((priority, index) => (
            <li key={priority.key} className="space-y-3 rounded-lg border border-border bg-surface p-5 shadow-card">
              <h3 className="text-lg font-semibold">
                {index + 1}. {priority.title}
              </h3>
              <p className="text-sm text-text-muted">
                Level {priority.level} now, target {priority.targetLevel}: {gapLabel(priority)}; confidence{' '}
                {priority.confidence?.toLowerCase() ?? 'not given'}.
              </p>
              {priority.resources.length > 0 ? (
                <>
                  <h4 className="text-sm font-semibold uppercase tracking-wide text-text-muted">What helps</h4>
                  <ul className="space-y-2">
                    {priority.resources.map((resource) => (
                      <li key={resource.title} className="text-sm">
                        <span className="font-medium">{resource.title}</span> ({resource.kind === 'BOOK' ? 'book' : 'programme'}): {resource.how}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {addGoalFrom ? (
                <p>
                  <Link
                    href={`/plan/new?item=${priority.key}&from=${addGoalFrom}`}
                    className="inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-4"
                  >
                    Add a goal for {priority.title}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
