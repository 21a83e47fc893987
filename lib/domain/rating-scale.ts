// A framework version's rating scale: the levels its content describes. Every
// bound on a level (validation, charts, gap wording, exports) is read from the
// scale of the version an assessment is pinned to, so a version with another
// scale needs no change to the code.

export type RatingScale = { min: number; max: number };

/** The scale a version's levels span. A version always has at least one level. */
export function scaleOf(levels: readonly { level: number }[]): RatingScale {
  const values = levels.map((entry) => entry.level);
  if (values.length === 0) throw new Error('A framework version has no rating levels.');
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** Every level of the scale, lowest first. */
export function scaleLevels(scale: RatingScale): number[] {
  return Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
}

export function isInScale(scale: RatingScale, level: number): boolean {
  return Number.isInteger(level) && level >= scale.min && level <= scale.max;
}

/** The largest gap the scale allows: from its lowest level to its highest. */
export function widestGap(scale: RatingScale): number {
  return scale.max - scale.min;
}

export function levelMessage(scale: RatingScale): string {
  return `Choose a level from ${scale.min} to ${scale.max}`;
}
