import { widestGap, type RatingScale } from '@/lib/domain/rating-scale';

// Where a person stands on each item against their target. "No opportunity
// yet" and unrated are states of their own, never a gap computed from 0.

export type Confidence = 'LOW' | 'MEDIUM' | 'HIGH';

export type ItemAnswer = {
  key: string;
  title: string;
  sectionKey: string;
  level: number | null;
  noOpportunity: boolean;
  targetLevel: number;
  confidence: Confidence | null;
  /** The framework marks the item as one the role cannot do without. */
  mustHave: boolean;
};

export type Gap =
  | (ItemAnswer & { state: 'gap'; gap: number })
  | (ItemAnswer & { state: 'at-target'; gap: 0 })
  | (ItemAnswer & { state: 'no-opportunity' | 'unrated'; gap: null });

const STATE_ORDER = { gap: 0, 'at-target': 1, 'no-opportunity': 2, unrated: 3 } as const;

export function gapOf(answer: ItemAnswer): Gap {
  if (answer.noOpportunity) return { ...answer, state: 'no-opportunity', gap: null };
  if (answer.level === null) return { ...answer, state: 'unrated', gap: null };
  const gap = answer.targetLevel - answer.level;
  return gap > 0 ? { ...answer, state: 'gap', gap } : { ...answer, state: 'at-target', gap: 0 };
}

/** Largest gap first; then items at or above target; then the states without a level. Stable otherwise. */
export function computeGaps(answers: readonly ItemAnswer[]): Gap[] {
  return answers
    .map(gapOf)
    .map((gap, index) => ({ gap, index }))
    .sort((a, b) => STATE_ORDER[a.gap.state] - STATE_ORDER[b.gap.state] || (b.gap.gap ?? 0) - (a.gap.gap ?? 0) || a.index - b.index)
    .map(({ gap }) => gap);
}

/**
 * The length of a gap chart's axis in levels: the widest gap the rating scale
 * allows, whatever the gaps drawn, so charts of one version compare across
 * assessments.
 */
export function gapScale(scale: RatingScale, gaps: readonly (number | null)[]): number {
  return Math.max(widestGap(scale), ...gaps.map((gap) => gap ?? 0));
}
