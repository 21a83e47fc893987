import { Cell, ColumnHeader, RowHeader, Table } from '@/components/ui/table';
import { ChartFigure } from '@/components/charts/chart-figure';
import { agreedNote, type DevelopmentSummary } from '@/lib/domain/summary';
import { shortItemName } from '@/lib/domain/item-names';
import { GapDrawings } from './gap-drawings';
import { gapLabel, levelText } from '@/lib/domain/gap-labels';

/**
 * The radar and the gap bars side by side, with one table for both: every
 * item's level, target and gap, in the bars' order. One table rather than
 * one per drawing, so a screen reader hears each item once.
 */
export function GapCharts({ summary }: { summary: DevelopmentSummary }) {
  const hasPrevious = summary.previousSubmittedAt !== null;
  const { voice } = summary;
  // The gaps carry each item's own answer; only the previous level lives on the item.
  const previousLevels = new Map(summary.items.map((item) => [item.key, item.previousLevel]));
  const agreedNotes = new Map(summary.items.map((item) => [item.key, agreedNote(item)]));
  const radar = summary.items.map((item) => ({
    key: item.key,
    name: shortItemName(item),
    current: item.level,
    target: item.targetLevel,
    previous: item.previousLevel,
  }));
  const bars = summary.gaps.map((gap) => ({ key: gap.key, name: shortItemName(gap), gap: gap.gap ?? 0, label: gapLabel(gap) }));

  return (
    <ChartFigure
      title={voice.named ? `Where ${voice.subject} ${voice.be} against ${voice.possessive} targets` : 'Where you are against your targets'}
      description={`Each item by its short name. On the radar, solid: now; dashed: target${hasPrevious ? `; dotted: ${voice.possessive} previous assessment` : ''}. The bars count the levels each item is below its target, largest first; items without a rating are labelled, not drawn as 0.`}
      chart={<GapDrawings radar={radar} bars={bars} hasPrevious={hasPrevious} scale={summary.scale} />}
      table={
        <Table
          scrollable={false}
          caption={`Level now, target${hasPrevious ? ', previous level' : ''} and gap for each item, largest gap first`}
          head={
            <>
              <ColumnHeader>Item</ColumnHeader>
              <ColumnHeader>Now</ColumnHeader>
              <ColumnHeader>Target</ColumnHeader>
              {hasPrevious ? <ColumnHeader>Previous</ColumnHeader> : null}
              <ColumnHeader>Gap</ColumnHeader>
            </>
          }
        >
          {summary.gaps.map((gap) => (
            <tr key={gap.key}>
              <RowHeader className="font-normal">
                {gap.title}
              </RowHeader>
              <Cell>
                {levelText(gap.level, gap.noOpportunity)}
                {agreedNotes.get(gap.key) ? `, ${agreedNotes.get(gap.key)}` : ''}
              </Cell>
              <Cell>{gap.targetLevel}</Cell>
              {hasPrevious ? <Cell>{previousLevels.get(gap.key) ?? 'Not rated'}</Cell> : null}
              <Cell>{gapLabel(gap)}</Cell>
            </tr>
          ))}
        </Table>
      }
    />
  );
}
