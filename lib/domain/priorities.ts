import type { Confidence, Gap } from '@/lib/domain/gaps';

export const PRIORITY_COUNT = 3;

// A rating given with little confidence may hide a larger gap, so among equal
// gaps the less certain one comes first.
const CONFIDENCE_RANK: Record<Confidence | 'NONE', number> = { LOW: 0, NONE: 1, MEDIUM: 2, HIGH: 3 };

export const PRIORITY_RULE =
  'Your priorities are the items furthest below your target; where gaps are equal, the one you rated with less confidence comes first.';

export function pickPriorities(gaps: readonly Gap[], count = PRIORITY_COUNT): Extract<Gap, { state: 'gap' }>[] {
  return gaps
    .map((gap, index) => ({ gap, index }))
    .filter((entry): entry is { gap: Extract<Gap, { state: 'gap' }>; index: number } => entry.gap.state === 'gap')
    .sort(
      (a, b) =>
        b.gap.gap - a.gap.gap ||
        CONFIDENCE_RANK[a.gap.confidence ?? 'NONE'] - CONFIDENCE_RANK[b.gap.confidence ?? 'NONE'] ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ gap }) => gap);
}
