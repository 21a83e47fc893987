import type { Confidence } from '@/lib/domain/gaps';

export type { Confidence };

// Readiness: how far the rated items are from level 1 towards their targets.
// An item counts 0 at level 1 and 1 at its target, in a straight line between,
// and never more than 1: exceeding the target on one item cannot hide a gap on
// another, and "Not yet" earns nothing. Sections are averaged first and then
// weighed (equally by default), so the six behaviours cannot outweigh the five
// skills by being more numerous. Unrated items and "no opportunity yet"
// contribute nothing and are counted separately, never as a level of 0.

export type ReadinessInput = {
  title: string;
  level: number | null;
  noOpportunity: boolean;
  targetLevel: number;
  /** The framework's "ready to step up" level; null on framework versions made before there were two targets. */
  stepUpLevel: number | null;
  mustHave: boolean;
  confidence: Confidence | null;
  evidence: string;
};

export type Readiness = {
  /** 0–100; null when nothing is rated or too little is rated to stand on (see `state`). */
  percent: number | null;
  /**
   * What the headline says: no figure yet, too little rated for one, a
   * must-have far below its target (whatever the mean), or the figure itself.
   */
  state: 'unrated' | 'low-coverage' | 'not-yet-ready' | 'figure';
  rated: number;
  noOpportunity: number;
  unrated: number;
  total: number;
  /** Rated at or above target with no evidence or with low confidence: in the figure, but resting on nothing shown. */
  unsupported: number;
  /** Personal targets set below the framework's "ready to step up" level. */
  targetsBelowStepUp: number;
  /** Titles of must-have items two or more levels below their target, in framework order. */
  mustHaveShort: string[];
};

/** Closeness in twelfths: (level − 1) / (target − 1) is a whole number of twelfths for every target from 2 to 5. */
export const CLOSENESS_UNITS = 12;
/** Below this share of items rated, the headline states the coverage instead of a percentage. */
export const MIN_COVERAGE_PERCENT = 60;
/** A must-have this many levels or more below its target rules the reading to "not yet ready". */
export const MUST_HAVE_SHORTFALL = 2;

export const READINESS_MEASURE =
  'Each rated item counts 0% at level 1 and 100% at its target, in a straight line between and no more above it; each section is averaged, and the sections are then weighed as shown.';

function isRated(answer: Pick<ReadinessInput, 'level' | 'noOpportunity'>): answer is { level: number; noOpportunity: false } {
  return !answer.noOpportunity && answer.level !== null;
}

export function closenessUnits(level: number, targetLevel: number): number {
  if (level >= targetLevel) return CLOSENESS_UNITS;
  return Math.floor(((Math.max(level, 1) - 1) * CLOSENESS_UNITS) / (targetLevel - 1));
}

/** Evidence of nothing but spaces and line breaks; written so that a Postgres regular expression reads it the same way. */
export const BLANK_EVIDENCE = /^[ \t\n\r\f\v]*$/;

/** At or above target, yet with no evidence written or with low confidence. */
function isUnsupported(answer: ReadinessInput): boolean {
  return isRated(answer) && answer.level >= answer.targetLevel && (BLANK_EVIDENCE.test(answer.evidence) || answer.confidence === 'LOW');
}

/**
 * A must-have far below its target. The target is never taken lower than the
 * framework's step-up level, so lowering a personal target cannot hide it.
 */
function isMustHaveShort(answer: ReadinessInput): boolean {
  if (!answer.mustHave || !isRated(answer)) return false;
  const target = Math.max(answer.targetLevel, answer.stepUpLevel ?? answer.targetLevel);
  return target - answer.level >= MUST_HAVE_SHORTFALL;
}

const isBelowStepUp = (answer: Pick<ReadinessInput, 'targetLevel' | 'stepUpLevel'>) =>
  answer.stepUpLevel !== null && answer.targetLevel < answer.stepUpLevel;

/** The whole-number sums readiness is made from for one section; the database can add them up as well as this code can. */
export type ReadinessTotals = {
  total: number;
  rated: number;
  noOpportunity: number;
  closenessUnits: number;
  unsupported: number;
  targetsBelowStepUp: number;
  mustHaveShort: string[];
};

/** A section's totals and its weight in the overall figure. */
export type SectionTotals = ReadinessTotals & { weight: number };

export const NO_ANSWERS: ReadinessTotals = { total: 0, rated: 0, noOpportunity: 0, closenessUnits: 0, unsupported: 0, targetsBelowStepUp: 0, mustHaveShort: [] };

export function readinessTotals(answers: readonly ReadinessInput[]): ReadinessTotals {
  return {
    total: answers.length,
    rated: answers.filter(isRated).length,
    noOpportunity: answers.filter((answer) => answer.noOpportunity).length,
    closenessUnits: answers.reduce((sum, answer) => sum + (isRated(answer) ? closenessUnits(answer.level, answer.targetLevel) : 0), 0),
    unsupported: answers.filter(isUnsupported).length,
    targetsBelowStepUp: answers.filter(isBelowStepUp).length,
    mustHaveShort: answers.filter(isMustHaveShort).map((answer) => answer.title),
  };
}

/**
 * Readiness from each section's totals and weight: the one place the figure
 * is made, whether the answers were added up here or by the database.
 */
export function readinessFromSections(sections: readonly SectionTotals[]): Readiness {
  const sum = (pick: (section: SectionTotals) => number) => sections.reduce((total, section) => total + pick(section), 0);
  const total = sum((section) => section.total);
  const rated = sum((section) => section.rated);
  const noOpportunity = sum((section) => section.noOpportunity);
  const mustHaveShort = sections.flatMap((section) => section.mustHaveShort);
  const counted = sections.filter((section) => section.rated > 0 && section.weight > 0);
  const weight = counted.reduce((total, section) => total + section.weight, 0);
  const mean = weight === 0 ? null : counted.reduce((total, section) => total + (section.weight * section.closenessUnits) / (section.rated * CLOSENESS_UNITS), 0) / weight;
  const state: Readiness['state'] =
    rated === 0 ? 'unrated' : rated * 100 < MIN_COVERAGE_PERCENT * total ? 'low-coverage' : mustHaveShort.length > 0 ? 'not-yet-ready' : 'figure';
  return {
    // A tenth of a millionth absorbs the float error of the weighting, so a figure of exactly x.5 rounds the same on every path.
    percent: mean === null || state === 'unrated' || state === 'low-coverage' ? null : Math.round(mean * 100 + 1e-7),
    state,
    rated,
    noOpportunity,
    unrated: total - rated - noOpportunity,
    total,
    unsupported: sum((section) => section.unsupported),
    targetsBelowStepUp: sum((section) => section.targetsBelowStepUp),
    mustHaveShort,
  };
}

/** Readiness of a set of answers grouped by section, each section with its weight. */
export function computeReadiness(sections: readonly { weight: number; answers: readonly ReadinessInput[] }[]): Readiness {
  return readinessFromSections(sections.map((section) => ({ ...readinessTotals(section.answers), weight: section.weight })));
}

/** Readiness of one section, or of answers that are not split into sections. */
export function computeSectionReadiness(answers: readonly ReadinessInput[]): Readiness {
  return computeReadiness([{ weight: 1, answers }]);
}

/** "9 of 11 rated, 2 no opportunity yet" */
export function describeCoverage(readiness: Readiness): string {
  const parts = [`${readiness.rated} of ${readiness.total} rated`];
  if (readiness.noOpportunity > 0) parts.push(`${readiness.noOpportunity} no opportunity yet`);
  return parts.join(', ');
}

/** The headline: the figure, or what stands in its place. */
export function readinessHeadline(readiness: Readiness): string {
  switch (readiness.state) {
    case 'unrated':
      return 'Not rated yet';
    case 'low-coverage':
      return 'Too little rated for a figure';
    case 'not-yet-ready':
      return `Not yet ready: ${joinTitles(readiness.mustHaveShort)}`;
    case 'figure':
      return `${readiness.percent}%`;
  }
}

/** "72% (9 of 11 rated, 2 no opportunity yet; 1 unsupported)" and its variants, for lists and summaries. */
export function describeReadiness(readiness: Readiness): string {
  const notes = [describeCoverage(readiness)];
  if (readiness.state === 'not-yet-ready' && readiness.percent !== null) notes.push(`${readiness.percent}% on average`);
  if (readiness.unsupported > 0) notes.push(`${readiness.unsupported} unsupported`);
  if (readiness.targetsBelowStepUp > 0) {
    notes.push(`${readiness.targetsBelowStepUp} target${readiness.targetsBelowStepUp === 1 ? '' : 's'} below the step-up level`);
  }
  return `${readinessHeadline(readiness)} (${notes.join('; ')})`;
}

export function joinTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
}
