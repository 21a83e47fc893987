import Link from 'next/link';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { PRIORITY_ACTION_LABELS, PRIORITY_RULE } from '@/lib/domain/priorities';
import { gapLabel } from '@/lib/domain/gap-labels';

const linkClasses = 'inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-4';

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
                {priority.mustHave ? <span className="font-normal text-text-muted"> (must-have)</span> : null}
              </h3>
              <p className="font-medium">
                {PRIORITY_ACTION_LABELS[priority.action]}
                {priority.action === 'calibrate' ? ': you rated this with low confidence, so get a second view before planning for it.' : null}
                {priority.action === 'in-plan' ? ': an open goal in your plan already covers it.' : null}
              </p>
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
                        {resource.level ? ` Helps reach level ${resource.level}${resource.part ? `; see ${resource.part}` : ''}.` : ''}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {addGoalFrom ? (
                <p>
                  {priority.action === 'in-plan' ? (
                    <Link href={`/plan#item-${priority.key}-heading`} className={linkClasses}>
                      See {priority.title} in your plan
                    </Link>
                  ) : (
                    <Link href={`/plan/new?item=${priority.key}&from=${addGoalFrom}`} className={linkClasses}>
                      Add a goal for {priority.title}
                    </Link>
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {summary.opportunities.length > 0 ? (
        <section aria-labelledby="opportunities-heading" className="space-y-3">
          <h3 id="opportunities-heading" className="text-xl font-semibold">
            Opportunities to ask for
          </h3>
          <p className="text-text-muted">You had no opportunity yet to show these. Each says what to ask your manager or sponsor for.</p>
          <ul className="space-y-3">
            {summary.opportunities.map((opportunity) => (
              <li key={opportunity.key} className="space-y-1 rounded-lg border border-border bg-surface p-5">
                <p className="font-semibold">
                  {opportunity.title}
                  {opportunity.mustHave ? <span className="font-normal text-text-muted"> (must-have)</span> : null}
                </p>
                <p>
                  <span className="font-medium">Stretch assignment:</span> {opportunity.stretch}
                </p>
                <p>
                  <span className="font-medium">Ask:</span> “{opportunity.question}”
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
