import type { DevelopmentSummary } from '@/lib/domain/summary';
import { describeCoverage, MIN_COVERAGE_PERCENT, READINESS_MEASURE, type Readiness } from '@/lib/domain/readiness';
import { sectionShare } from '@/lib/domain/section-share';
import { hasTwoTargets, MEASURE_NAMES } from '@/lib/domain/targets';
import { MeasureForm } from './measure-form';
import { Section } from '@/components/ui/section';

function Figure({ readiness }: { readiness: Readiness }) {
  return (
    <>
      <dd className="text-3xl font-semibold">{readiness.state === 'not-yet-ready' || readiness.percent === null ? '–' : `${readiness.percent}%`}</dd>
      <dd className="text-sm text-text-muted">{describeCoverage(readiness)}</dd>
    </>
  );
}

/**
 * The figure read in one line, the figures themselves, and what follows from
 * them. Each figure and count is printed once: the verdict and the reading
 * below it say what the numbers mean without repeating them.
 */
export function ReadinessSummary({ summary, owned = false }: { summary: DevelopmentSummary; owned?: boolean }) {
  const { readiness, assessment } = summary;
  const choosable = owned && assessment.measure !== null && hasTwoTargets(summary.items);
  return (
    <Section headingId="readiness-heading" title="Readiness" className="space-y-4 rounded-lg border border-border bg-surface p-5 sm:p-6">
      <p className="text-xl font-semibold">{summary.verdict}</p>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-text-muted">Overall</dt>
          <Figure readiness={readiness} />
        </div>
        {summary.sections.map((section) => (
          <div key={section.key}>
            <dt className="text-sm text-text-muted">
              {section.title} (weight {sectionShare(summary, section.weight)})
            </dt>
            <Figure readiness={section.readiness} />
          </div>
        ))}
      </dl>
      {summary.readingDetail ? <p className="leading-relaxed">{summary.readingDetail}</p> : null}
      <p>
        <span className="font-medium">Measured against:</span>{' '}
        {assessment.measure === null ? 'the single target per item of the framework version it was made on' : `“${MEASURE_NAMES[assessment.measure]}”`}
        {readiness.targetsBelowStepUp > 0
          ? `, with ${readiness.targetsBelowStepUp} target${readiness.targetsBelowStepUp === 1 ? '' : 's'} set below the framework’s “ready to step up” level`
          : ''}
        .
      </p>
      <p className="text-sm text-text-muted">
        {READINESS_MEASURE} {summary.measure} Below {MIN_COVERAGE_PERCENT}% of items rated there is no figure, and a must-have two or more levels
        below its target reads “not yet ready” whatever the average. Unrated items and “no opportunity yet” are left out, never counted as 0.
      </p>
      {choosable && assessment.measure ? <MeasureForm assessmentId={assessment.id} measure={assessment.measure} /> : null}
    </Section>
  );
}
