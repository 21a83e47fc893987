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

/**
 * Closeness in sixtieths of a level: for the targets a rating can have (1 to
 * 5) it is a whole number, so sums are exact and two ways of adding the same
 * answers (here, or in the database) never round a tie differently.
 */
export const CLOSENESS_UNITS = 60;

export function closenessUnits(level: number, targetLevel: number): number {
  return Math.min(Math.floor((level * CLOSENESS_UNITS) / Math.max(targetLevel, 1)), CLOSENESS_UNITS);
}

/** The counts readiness is made from; the database can add them up as well as this code can. */
export type ReadinessTotals = { total: number; rated: number; noOpportunity: number; closenessUnits: number };

export function readinessFromTotals({ total, rated, noOpportunity, closenessUnits: units }: ReadinessTotals): Readiness {
  return {
    percent: rated === 0 ? null : Math.round((units * 100) / (rated * CLOSENESS_UNITS)),
    rated,
    noOpportunity,
    unrated: total - rated - noOpportunity,
    total,
  };
}

/** The counts readiness is made from, for a set of answers. */
export function readinessTotals(answers: readonly ReadinessInput[]): ReadinessTotals {
  const rated = answers.filter(isRated);
  return {
    total: answers.length,
    rated: rated.length,
    noOpportunity: answers.filter((answer) => answer.noOpportunity).length,
    closenessUnits: rated.reduce((sum, answer) => sum + closenessUnits(answer.level, answer.targetLevel), 0),
  };
}

export const NO_ANSWERS: ReadinessTotals = { total: 0, rated: 0, noOpportunity: 0, closenessUnits: 0 };

/** Totals of two sets of answers taken together: the sums are whole numbers, so parts add up to the whole exactly. */
export function addTotals(a: ReadinessTotals, b: ReadinessTotals): ReadinessTotals {
  return { total: a.total + b.total, rated: a.rated + b.rated, noOpportunity: a.noOpportunity + b.noOpportunity, closenessUnits: a.closenessUnits + b.closenessUnits };
}

export function computeReadiness(answers: readonly ReadinessInput[]): Readiness {
  return readinessFromTotals(readinessTotals(answers));
}

/** "72% (9 of 11 rated)" and its variants, for lists and summaries. */
export function describeReadiness(readiness: Readiness): string {
  if (readiness.percent === null) return `Not rated yet (0 of ${readiness.total})`;
  return `${readiness.percent}% (${readiness.rated} of ${readiness.total} rated)`;
}
