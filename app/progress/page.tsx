import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartFigure } from '@/components/charts/chart-figure';
import { ProgressLineChart } from '@/components/charts/progress-line-chart';
import { buttonClasses } from '@/components/ui/button';
import { requireUser } from '@/lib/auth/session';
import { getProgress } from '@/lib/data/progress';
import { buildTrend, trendChange } from '@/lib/domain/trend';
import { formatDate } from '@/lib/format/dates';

export const metadata: Metadata = { title: 'Progress' };

const percent = (value: number | null) => (value === null ? 'Not rated' : `${value}%`);

export default async function ProgressPage() {
  const user = await requireUser();
  const { assessments, sections } = await getProgress(user);
  const points = buildTrend(assessments, sections.map((section) => section.key));
  const change = trendChange(points);
  const newestFirst = [...points].reverse();

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-semibold tracking-tight">Progress over time</h1>
      {points.length === 0 ? (
        <p className="text-ink-muted">
          Submit an assessment to start tracking your progress.{' '}
          <Link href="/assess" className="text-accent underline underline-offset-4">
            Assess yourself
          </Link>
        </p>
      ) : (
        <>
          <p className="text-lg">
            {change === null
              ? 'One submitted assessment so far: submit another later to see how your readiness changes.'
              : `Overall readiness has ${change >= 0 ? 'risen' : 'fallen'} by ${Math.abs(change)} points since your first assessment.`}
          </p>
          <ChartFigure
            title="Readiness across your submitted assessments"
            description="Overall readiness is the thick solid line; each section has its own line style."
            chart={
              <ProgressLineChart
                points={points.map((point) => ({ label: formatDate(point.submittedAt), overall: point.overall, ...point.sections }))}
                series={sections.map((section) => ({ key: section.key, name: section.title }))}
              />
            }
            table={
              <table className="w-full text-sm">
                <caption className="sr-only">Readiness of each submitted assessment, oldest first</caption>
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="py-2 pr-4 text-left">Submitted</th>
                    <th scope="col" className="py-2 pr-4 text-left">Overall</th>
                    {sections.map((section) => (
                      <th key={section.key} scope="col" className="py-2 pr-4 text-left">
                        {section.title}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {points.map((point) => (
                    <tr key={point.id} className="border-b border-line">
                      <th scope="row" className="py-2 pr-4 text-left font-normal">
                        {formatDate(point.submittedAt)}
                      </th>
                      <td className="py-2 pr-4">{percent(point.overall)}</td>
                      {sections.map((section) => (
                        <td key={section.key} className="py-2 pr-4">
                          {percent(point.sections[section.key] ?? null)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          {points.length >= 2 ? (
            <form action="/progress/compare" method="get" className="space-y-4 rounded-lg border border-line p-5">
              <h2 className="text-xl font-semibold">Compare two assessments</h2>
              <div className="grid gap-4 sm:grid-cols-2">
                {(['from', 'to'] as const).map((field, index) => (
                  <div key={field} className="space-y-1">
                    <label htmlFor={`compare-${field}`} className="block font-medium">
                      {field === 'from' ? 'Earlier assessment' : 'Later assessment'}
                    </label>
                    <select
                      id={`compare-${field}`}
                      name={field}
                      defaultValue={(index === 0 ? newestFirst[1] : newestFirst[0])?.id}
                      className="block min-h-11 w-full rounded-md border border-line bg-canvas px-3 py-2"
                    >
                      {newestFirst.map((point) => (
                        <option key={point.id} value={point.id}>
                          {formatDate(point.submittedAt)} ({percent(point.overall)})
                        </option>
                      ))}
                    </select>
                  </div>
                ))}
              </div>
              <button type="submit" className={buttonClasses()}>
                Compare
              </button>
            </form>
          ) : null}
        </>
      )}
    </div>
  );
}
