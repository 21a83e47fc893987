import { ChartFigure } from '@/components/charts/chart-figure';
import { GapBarChart } from '@/components/charts/gap-bar-chart';
import { GapRadarChart } from '@/components/charts/gap-radar-chart';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { itemCodes } from '@/lib/domain/item-codes';
import { gapLabel, levelText } from './gap-labels';

const th = 'py-2 pr-4 text-left font-semibold';
const td = 'py-2 pr-4';

export function GapCharts({ summary }: { summary: DevelopmentSummary }) {
  const codes = itemCodes(summary.items);
  const hasPrevious = summary.previousSubmittedAt !== null;
  const radar = summary.items.map((item) => ({
    code: codes.get(item.key) ?? item.key,
    current: item.level,
    target: item.targetLevel,
    previous: item.previousLevel,
  }));
  const bars = summary.gaps.map((gap) => ({ code: codes.get(gap.key) ?? gap.key, gap: gap.gap ?? 0, label: gapLabel(gap) }));

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartFigure
        title="Where you are against your targets"
        description={`A1–A5 are the skill areas, B1–B6 the behaviours. Solid: now; dashed: target${hasPrevious ? '; dotted: your previous assessment' : ''}.`}
        chart={<GapRadarChart points={radar} hasPrevious={hasPrevious} />}
        table={
          <table className="w-full text-sm">
            <caption className="sr-only">Level now, target{hasPrevious ? ' and previous level' : ''} for each item</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className={th}>Item</th>
                <th scope="col" className={th}>Now</th>
                <th scope="col" className={th}>Target</th>
                {hasPrevious ? <th scope="col" className={th}>Previous</th> : null}
              </tr>
            </thead>
            <tbody>
              {summary.items.map((item) => (
                <tr key={item.key} className="border-b border-line">
                  <th scope="row" className={`${td} font-normal`}>
                    {codes.get(item.key)} {item.title}
                  </th>
                  <td className={td}>{levelText(item.level, item.noOpportunity)}</td>
                  <td className={td}>{item.targetLevel}</td>
                  {hasPrevious ? <td className={td}>{item.previousLevel ?? 'Not rated'}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <ChartFigure
        title="Gaps, largest first"
        description="How many levels each item is below your target. Items without a rating are labelled, not drawn as 0."
        chart={<GapBarChart bars={bars} />}
        table={
          <table className="w-full text-sm">
            <caption className="sr-only">Gap to target for each item, largest first</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className={th}>Item</th>
                <th scope="col" className={th}>Gap</th>
              </tr>
            </thead>
            <tbody>
              {summary.gaps.map((gap) => (
                <tr key={gap.key} className="border-b border-line">
                  <th scope="row" className={`${td} font-normal`}>
                    {codes.get(gap.key)} {gap.title}
                  </th>
                  <td className={td}>{gapLabel(gap)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
}
