import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartFigure } from '@/components/charts/chart-figure';
import { ProgressLineChart } from '@/components/charts/progress-line-chart';
import { buttonClasses } from '@/components/ui/button';
import { cardClasses } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/field';
import { Cell, ColumnHeaders, RowHeader, Table } from '@/components/ui/table';
import { requireUser } from '@/lib/auth/session';
import { getProgress, getReadinessItems, listSubmissionTimes, PROGRESS_WINDOW, type Progress } from '@/lib/data/progress';
import { nameAssessments } from '@/lib/domain/assessment-names';
import { describeCommonCoverage, readinessOverCommonItems } from '@/lib/domain/compare';
import { READINESS_MEASURE, readinessHeadline } from '@/lib/domain/readiness';
import { describeMeasureDifference, measureLabel } from '@/lib/domain/targets';
import { buildTrend, type TrendPoint } from '@/lib/domain/trend';
import { formatDate } from '@/lib/format/dates';
import { z } from 'zod';

export const metadata: Metadata = { title: 'Progress' };

const percent = (value: number | null) => (value === null ? 'Not rated' : `${value}%`);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
// `?all=1` asks for every submitted assessment; anything else gets the latest few.
const querySchema = z.object({ all: z.literal('1') });

export default async function ProgressPage({ searchParams }: Props) {
  const user = await requireUser();
  const showAll = querySchema.safeParse(await searchParams).success;
  const [{ assessments, submitted, stamps, sections }, times] = await Promise.all([getProgress(user, showAll ? {} : { limit: PROGRESS_WINDOW }), listSubmissionTimes(user)]);
  const points = buildTrend(assessments, sections.map((section) => section.key));
  // Every submitted assessment by its date, or its date and time when another shares the day: named apart from all of them, not only those shown.
  const names = nameAssessments(times);
  const name = (point: TrendPoint) => names.get(point.id) ?? formatDate(point.submittedAt);
  const newestFirst = [...points].reverse();
  const partial = points.length < submitted;
  // The change runs from the first assessment shown that has ratings to the last, over the items rated in both.
  const withRatings = points.filter((point) => point.readiness.rated > 0);
  const first = withRatings[0];
  const last = withRatings.length > 1 ? withRatings.at(-1) : undefined;
  const since = partial && first ? `your assessment of ${name(first)}` : 'your first assessment';
  const change = first && last ? await changeOverCommonItems(user, stamps, first, last) : null;
  const coverages = new Set(points.map((point) => `${point.readiness.rated}/${point.readiness.noOpportunity}/${point.readiness.total}`));
  const measures = new Set(points.map((point) => point.measure));

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-semibold tracking-tight">Progress over time</h1>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/progress/calibration" className="link">
            How your view compares with others’
          </Link>
          <Link href="/assessments" className="link">
            All your assessments
          </Link>
        </div>
      </div>
      {points.length === 0 ? (
        <EmptyState
          title="Nothing to track yet"
          action={
            <Link href="/assess" className={buttonClasses()}>
              Assess yourself
            </Link>
          }
        >
          <p>Submit an assessment and your readiness appears here. Submit another later to see how it changes over time.</p>
        </EmptyState>
      ) : (
        <>
          <p className="text-lg">
            {change !== null
              ? change.sentence(since)
              : submitted === 1
                ? 'One submitted assessment so far: submit another later to see how your readiness changes.'
                : 'A change in readiness shows once two of your submitted assessments have ratings.'}
          </p>
          {change ? <p>{change.coverage}</p> : null}
          {change?.measures ? <p>{change.measures}</p> : null}
          <p className="text-sm text-text-muted">
            {READINESS_MEASURE} Each row below is over the items that assessment rated, against its own targets
            {coverages.size > 1 ? '; how many were rated differs between them (see “Rated”), which is why the change above is taken over the items rated in both' : ''}
            {measures.size > 1 ? '; they are not all measured against the same targets (see “Measured against”)' : ''}.
          </p>
          {partial ? (
            <p>
              Showing your latest {points.length} of {submitted} submitted assessments.{' '}
              <Link href="/progress?all=1" className="link">
                Show all {submitted}
              </Link>
            </p>
          ) : showAll && submitted > PROGRESS_WINDOW ? (
            <p>
              Showing all {submitted} submitted assessments.{' '}
              <Link href="/progress" className="link">
                Show the latest {PROGRESS_WINDOW}
              </Link>
            </p>
          ) : null}
          <ChartFigure
            title="Readiness across your submitted assessments"
            description="Overall readiness is the thick solid line; each section has its own line style."
            chart={
              <ProgressLineChart
                points={points.map((point) => ({ label: name(point), overall: point.overall, ...point.sections }))}
                series={sections.map((section) => ({ key: section.key, name: section.title }))}
              />
            }
            table={
              <Table
                scrollable={false}
                caption={partial ? `Readiness of your latest ${points.length} submitted assessments, oldest first` : 'Readiness of each submitted assessment, oldest first'}
                head={<ColumnHeaders names={['Submitted', 'Measured against', 'Rated', 'Overall', ...sections.map((section) => section.title)]} />}
              >
                {points.map((point) => (
                  <tr key={point.id}>
                    <RowHeader className="font-normal">{name(point)}</RowHeader>
                    <Cell>
                      {measureLabel(point.measure)}
                      {point.readiness.targetsBelowStepUp > 0
                        ? ` (${point.readiness.targetsBelowStepUp} target${point.readiness.targetsBelowStepUp === 1 ? '' : 's'} below the step-up level)`
                        : ''}
                    </Cell>
                    <Cell className="whitespace-nowrap">{`${point.readiness.rated} of ${point.readiness.total}`}</Cell>
                    <Cell>{percent(point.overall)}</Cell>
                    {sections.map((section) => (
                      <Cell key={section.key}>{percent(point.sections[section.key] ?? null)}</Cell>
                    ))}
                  </tr>
                ))}
              </Table>
            }
          />
          {points.length >= 2 ? (
            <form action="/progress/compare" method="get" aria-labelledby="compare-heading" className={`space-y-4 ${cardClasses}`}>
              <h2 id="compare-heading" className="text-xl font-semibold">
                Compare two assessments
              </h2>
              <div className="grid gap-4 sm:grid-cols-2">
                {(['from', 'to'] as const).map((field, index) => (
                  <SelectField
                    key={field}
                    label={field === 'from' ? 'Earlier assessment' : 'Later assessment'}
                    name={field}
                    defaultValue={(index === 0 ? newestFirst[1] : newestFirst[0])?.id}
                  >
                    {newestFirst.map((point) => (
                      <option key={point.id} value={point.id}>
                        {name(point)} ({percent(point.overall)})
                      </option>
                    ))}
                  </SelectField>
                ))}
              </div>
              <button type="submit" className={buttonClasses()}>
                Compare
              </button>
            </form>
          ) : (
            <EmptyState title="Nothing to compare yet">
              <p>
                Comparing needs two submitted assessments. When you are ready, start a new one from your last: it copies your ratings and evidence, so
                you only change what has moved.
              </p>
            </EmptyState>
          )}
        </>
      )}
    </div>
  );
}

/**
 * The change from `first` to `last`, both read by the same function over the
 * items rated in both, so that rating more (or fewer) items is not read as
 * growth.
 */
async function changeOverCommonItems(user: Awaited<ReturnType<typeof requireUser>>, stamps: Progress['stamps'], first: TrendPoint, last: TrendPoint) {
  const items = await getReadinessItems(user, [stamps.get(first.id)!, stamps.get(last.id)!]);
  const common = readinessOverCommonItems(items.get(first.id) ?? [], items.get(last.id) ?? []);
  const { then, now } = common;
  const coverage = describeCommonCoverage(common);
  const measures = describeMeasureDifference(first.measure, last.measure);
  const sentence = (since: string) => {
    if (then.percent === null || now.percent === null || then.state !== 'figure' || now.state !== 'figure') {
      return `Over the items rated in both ${since} and your latest, readiness reads “${readinessHeadline(then)}” then and “${readinessHeadline(now)}” now.`;
    }
    const points = now.percent - then.percent;
    if (points === 0) return `Overall readiness is unchanged since ${since}, at ${now.percent}%.`;
    return `Overall readiness has ${points > 0 ? 'risen' : 'fallen'} by ${Math.abs(points)} points since ${since}, from ${then.percent}% to ${now.percent}%.`;
  };
  return { sentence, coverage, measures };
}
