import { Cell, ColumnHeader, RowHeader, Table } from '@/components/ui/table';
import { ChartFigure } from '@/components/charts/chart-figure';
import { GapBarChart } from '@/components/charts/gap-bar-chart';
import { GapRadarChart } from '@/components/charts/gap-radar-chart';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { itemCodes } from '@/lib/domain/item-codes';
import { gapLabel, levelText } from './gap-labels';


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
          <Table
            scrollable={false}
            caption={`Level now, target${hasPrevious ? ' and previous level' : ''} for each item`}
            head={
              <>
                <ColumnHeader>Item</ColumnHeader>
                <ColumnHeader>Now</ColumnHeader>
                <ColumnHeader>Target</ColumnHeader>
                {hasPrevious ? <ColumnHeader>Previous</ColumnHeader> : null}
              </>
            }
          >
            {summary.items.map((item) => (
              <tr key={item.key}>
                <RowHeader className="font-normal">
                  {codes.get(item.key)} {item.title}
                </RowHeader>
                <Cell>{levelText(item.level, item.noOpportunity)}</Cell>
                <Cell>{item.targetLevel}</Cell>
                {hasPrevious ? <Cell>{item.previousLevel ?? 'Not rated'}</Cell> : null}
              </tr>
            ))}
          </Table>
        }
      />
      <ChartFigure
        title="Gaps, largest first"
        description="How many levels each item is below your target. Items without a rating are labelled, not drawn as 0."
        chart={<GapBarChart bars={bars} />}
        table={
          <Table
            scrollable={false}
            caption="Gap to target for each item, largest first"
            head={
              <>
                <ColumnHeader>Item</ColumnHeader>
                <ColumnHeader>Gap</ColumnHeader>
              </>
            }
          >
            {summary.gaps.map((gap) => (
              <tr key={gap.key}>
                <RowHeader className="font-normal">
                  {codes.get(gap.key)} {gap.title}
                </RowHeader>
                <Cell>{gapLabel(gap)}</Cell>
              </tr>
            ))}
          </Table>
        }
      />
    </div>
  );
}
