import { BriefView } from '@/components/brief/brief-view';
import { PriorityList } from '@/components/gaps/priority-list';
import { ReadinessSummary } from '@/components/gaps/readiness-summary';
import { SAMPLE_BRIEF_CHOICES, SAMPLE_NAME, sampleSummarySource } from '@/lib/content/sample-assessment';
import { buildBrief } from '@/lib/domain/brief';
import { buildSummary } from '@/lib/domain/summary';

/**
 * What Headway gives back, shown before anyone signs up: a made-up
 * assessment's gap view and brief, drawn by the same components and the same
 * domain code as a real one, so the sample is always the product as it is.
 */
export function SampleAssessment({ now }: { now: Date }) {
  const summary = buildSummary(sampleSummarySource(now));
  const brief = buildBrief(summary, SAMPLE_BRIEF_CHOICES, null, now);
  return (
    <section aria-labelledby="sample-heading" className="space-y-6">
      <header className="space-y-2">
        <h2 id="sample-heading" className="text-2xl font-semibold">
          What you get: a sample
        </h2>
        <p className="text-text-muted">
          {SAMPLE_NAME} is a made-up engineering manager, a week after a first assessment. Below is part of what Headway showed them, then the brief
          they gave their manager.
        </p>
      </header>
      <div className="space-y-6 rounded-lg border-2 border-dashed border-border-strong p-3 sm:p-5">
        <p className="text-sm font-semibold tracking-wide text-text-muted uppercase">Sample: the gap view</p>
        <ReadinessSummary summary={summary} />
        <PriorityList summary={summary} />
      </div>
      <div className="space-y-6 rounded-lg border-2 border-dashed border-border-strong p-3 sm:p-5">
        <p className="text-sm font-semibold tracking-wide text-text-muted uppercase">Sample: the brief</p>
        <BriefView brief={brief} level={2} />
      </div>
    </section>
  );
}
