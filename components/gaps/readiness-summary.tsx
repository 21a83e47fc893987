import type { DevelopmentSummary } from '@/lib/domain/summary';
import { describeReadiness } from '@/lib/domain/readiness';

export function ReadinessSummary({ summary }: { summary: DevelopmentSummary }) {
  return (
    <section aria-labelledby="readiness-heading" className="space-y-4 rounded-lg border border-border bg-surface p-5 sm:p-6">
      <h2 id="readiness-heading" className="text-2xl font-semibold">
        Readiness
      </h2>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-text-muted">Overall</dt>
          <dd className="text-3xl font-semibold">{summary.readiness.percent === null ? '–' : `${summary.readiness.percent}%`}</dd>
          <dd className="text-sm text-text-muted">{describeReadiness(summary.readiness)}</dd>
        </div>
        {summary.sections.map((section) => (
          <div key={section.key}>
            <dt className="text-sm text-text-muted">{section.title}</dt>
            <dd className="text-3xl font-semibold">{section.readiness.percent === null ? '–' : `${section.readiness.percent}%`}</dd>
            <dd className="text-sm text-text-muted">{describeReadiness(section.readiness)}</dd>
          </div>
        ))}
      </dl>
      <p className="leading-relaxed">{summary.reading}</p>
      <p className="text-sm text-text-muted">
        Readiness averages, over the items you rated, how close each is to its target (an item at or above target counts in full).
        Unrated items and “no opportunity yet” are left out, never counted as 0.
      </p>
    </section>
  );
}
