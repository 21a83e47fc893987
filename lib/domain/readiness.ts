// Readiness: how close the rated items are to their targets, as a percentage.
// Each rated item contributes min(level / target, 1): exceeding the target on
// one item cannot hide a gap on another. Unrated items and "no opportunity
// yet" contribute nothing and are counted separately, never as a level of 0.

export type ReadinessInput = {
  level: number | null;
  noOpportunity: boolean;
  targetLevel: number;
};

export type Readiness = {
  /** 0–100, or null when no item is rated yet. */
  percent: number | null;
  rated: number;
  noOpportunity: number;
  unrated: number;
  total: number;
};

export function isRated(answer: ReadinessInput): answer is ReadinessInput & { level: number } {
  return !answer.noOpportunity && answer.level !== null;
}

export function computeReadiness(answers: readonly ReadinessInput[]): Readiness {
  const rated = answers.filter(isRated);
  const noOpportunity = answers.filter((answer) => answer.noOpportunity).length;
  const closeness = rated.map((answer) => Math.min(answer.level / Math.max(answer.targetLevel, 1), 1));
  const percent = rated.length === 0 ? null : Math.round((closeness.reduce((sum, value) => sum + value, 0) / rated.length) * 100);
  return {
    percent,
    rated: rated.length,
    noOpportunity,
    unrated: answers.length - rated.length - noOpportunity,
    total: answers.length,
  };
}

/** "72% (9 of 11 rated)" and its variants, for lists and summaries. */
export function describeReadiness(readiness: Readiness): string {
  if (readiness.percent === null) return `Not rated yet (0 of ${readiness.total})`;
  return `${readiness.percent}% (${readiness.rated} of ${readiness.total} rated)`;
}
