import type { RatingScale } from '@/lib/domain/rating-scale';

/** One submitted assessment's rating of an item. */
export type ItemHistoryEntry = {
  assessmentId: string;
  submittedAt: Date;
  level: number | null;
  noOpportunity: boolean;
  targetLevel: number;
};

export type ItemHistory = {
  key: string;
  /** The item's title in the newest assessment that has it. */
  title: string;
  /** Oldest first. */
  entries: ItemHistoryEntry[];
  /** Wide enough for every version the entries were made on. */
  scale: RatingScale;
};

export type ItemHistoryRow = ItemHistoryEntry & {
  /** Levels gained since the last entry with a level (negative: lost); null without a level on both. */
  change: number | null;
};

/**
 * Each entry with its change since the last one that had a level: an
 * assessment with no rating of the item does not break the line of change,
 * and is never read as a fall to 0.
 */
export function itemHistoryRows(entries: readonly ItemHistoryEntry[]): ItemHistoryRow[] {
  let last: number | null = null;
  return entries.map((entry) => {
    const level = entry.noOpportunity ? null : entry.level;
    const change = level !== null && last !== null ? level - last : null;
    if (level !== null) last = level;
    return { ...entry, level, change };
  });
}

/** "+2 levels", "−1 level", "No change", or "–" when there is nothing to compare. */
export function changeText(change: number | null): string {
  if (change === null) return '–';
  if (change === 0) return 'No change';
  return `${change > 0 ? '+' : '−'}${Math.abs(change)} level${Math.abs(change) === 1 ? '' : 's'}`;
}
