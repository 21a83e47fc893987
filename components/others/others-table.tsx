import { ChartFigure } from '@/components/charts/chart-figure';
import { Badge } from '@/components/ui/badge';
import { Cell, ColumnHeaders, RowHeader, Table } from '@/components/ui/table';
import { shortItemName } from '@/lib/domain/item-names';
import { differenceText, levelFigure, ratedText, type RevealItem } from '@/lib/domain/others-reveal';
import { PEER_THRESHOLD } from '@/lib/domain/others-view';
import type { RatingScale } from '@/lib/domain/rating-scale';
import { OthersChart } from './others-chart';
import { itemAnchor, itemPath } from './item-paths';

/** What the peers' column says for one item: their middle and range, or why there is none. */
export function peerText(item: RevealItem, peersShown: boolean): string {
  if (!peersShown) return `Not shown until ${PEER_THRESHOLD} peers have submitted`;
  const { peers } = item.comparison;
  if (!peers) return `Fewer than ${PEER_THRESHOLD} peers rated this`;
  return `${levelFigure(peers.median)} (range ${peers.min} to ${peers.max}, ${peers.count} peers)`;
}

/** The flag a row carries, in words: the table's text for what the page marks. */
export function flagText(item: RevealItem): string {
  const { kind, talkAboutThis } = item.comparison;
  const label = kind === 'blind spot' ? 'Blind spot' : kind === 'hidden strength' ? 'Hidden strength' : kind === 'aligned' ? 'Aligned' : 'Cannot compare';
  return talkAboutThis ? `Talk about this · ${label}` : label;
}

type Props = { items: RevealItem[]; raters: string[]; peersShown: boolean; scale: RatingScale; assessmentId: string };

/**
 * The chart of self against others, with its text equivalent: one row per
 * item with every level the EM may see, the difference and the flag. Each
 * item's name leads to its own page, where what each person said about it
 * stands beside their level: with 20 raters that is hundreds of comments,
 * read one item at a time. The links are plain anchors, as on the
 * assessments list: a next/link per row would cost a large share of the page
 * and have the browser prefetch every item's page.
 */
export function OthersTable({ items, raters, peersShown, scale, assessmentId }: Props) {
  const rows = items.map((item) => ({
    key: item.key,
    name: shortItemName(item),
    self: item.comparison.self,
    others: item.comparison.others,
    agreed: item.agreed?.level ?? null,
  }));
  return (
    <ChartFigure
      title="You and others, item by item"
      description="Each item by its short name, on the level scale. Circle: your own level; diamond: the middle of others’ levels; square: a level you agreed. The line between circle and diamond is the difference. Items without a level have no mark."
      chart={<OthersChart rows={rows} scale={scale} />}
      table={
        <Table
          scrollable={false}
          caption="Your level, each named rater’s, the peers’ middle and range, the difference and the flag, for each item"
          head={<ColumnHeaders names={['Item', 'You', ...raters, 'Peers or reports', 'Others, middle', 'Difference', 'Agreed', 'Flag']} />}
        >
          {items.map((item) => (
            <tr key={item.key}>
              <RowHeader id={itemAnchor(item.key)} className="scroll-mt-3 font-normal">
                {/* Its purpose in context: the paragraph above the table says what an item's page holds. */}
                <a href={itemPath(assessmentId, item.key)} className="link">
                  {item.title}
                </a>
              </RowHeader>
              <Cell>{ratedText(item.self)}</Cell>
              {item.named.map((rating, index) => (
                <Cell key={index}>{ratedText(rating)}</Cell>
              ))}
              <Cell>{peerText(item, peersShown)}</Cell>
              <Cell>{item.comparison.others === null ? 'None' : levelFigure(item.comparison.others)}</Cell>
              <Cell>{differenceText(item.comparison.difference)}</Cell>
              <Cell>{item.agreed ? String(item.agreed.level) : 'None'}</Cell>
              <Cell>{item.comparison.talkAboutThis ? <Badge tone="warning">{flagText(item)}</Badge> : flagText(item)}</Cell>
            </tr>
          ))}
        </Table>
      }
    />
  );
}
