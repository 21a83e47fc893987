import type { CommonReadiness, CompareRow } from '@/lib/domain/compare';

export type ComparisonSummary = {
  /** Items rated in both whose level rose, fell or held. */
  up: number;
  down: number;
  same: number;
  /** Readiness points gained over the items rated in both (negative: lost); null unless both have a figure. */
  points: number | null;
};

export function summariseComparison(rows: readonly CompareRow[], common: Pick<CommonReadiness, 'then' | 'now'>): ComparisonSummary {
  const changes = rows.flatMap((row) => (row.change === null ? [] : [row.change]));
  const { then, now } = common;
  return {
    up: changes.filter((change) => change > 0).length,
    down: changes.filter((change) => change < 0).length,
    same: changes.filter((change) => change === 0).length,
    points: then.state === 'figure' && now.state === 'figure' && then.percent !== null && now.percent !== null ? now.percent - then.percent : null,
  };
}

const signed = (value: number) => `${value > 0 ? '+' : '−'}${Math.abs(value)}`;

/** "4 items up, 1 down, 6 unchanged; readiness +9 points" */
export function describeComparison(summary: ComparisonSummary): string {
  const { up, down, same, points } = summary;
  const items = up + down + same === 0 ? 'No item is rated in both' : `${up} item${up === 1 ? '' : 's'} up, ${down} down, ${same} unchanged`;
  const readiness =
    points === null ? 'readiness has no figure to compare' : points === 0 ? 'readiness unchanged' : `readiness ${signed(points)} point${Math.abs(points) === 1 ? '' : 's'}`;
  return `${items}; ${readiness}.`;
}
