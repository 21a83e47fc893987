// Two targets per item, both framework data: "ready to step up" (what a
// credible Head of Engineering candidate shows) and "effective in the role".
// An assessment is measured against one of them; one made before the two
// existed keeps the single target its framework version had.

export type TargetMeasure = 'STEP_UP' | 'IN_ROLE';

export const DEFAULT_MEASURE: TargetMeasure = 'STEP_UP';

export const MEASURE_NAMES: Record<TargetMeasure, string> = {
  STEP_UP: 'ready to step up',
  IN_ROLE: 'effective in the role',
};

export type ItemTargets = { stepUpLevel: number | null; inRoleLevel: number };

/** The framework's target for an item under a measure; versions with one target use it for both. */
export function frameworkTarget(item: ItemTargets, measure: TargetMeasure | null): number {
  return measure === 'STEP_UP' && item.stepUpLevel !== null ? item.stepUpLevel : item.inRoleLevel;
}

/** One sentence saying which targets a figure is measured against. */
export function describeMeasure(measure: TargetMeasure | null, frameworkVersion: number): string {
  if (measure === null) {
    return `Measured against the single target of framework version ${frameworkVersion}, which this assessment was made on (before the framework had separate “ready to step up” and “effective in the role” targets).`;
  }
  return `Measured against the “${MEASURE_NAMES[measure]}” targets of framework version ${frameworkVersion}, and any target you changed yourself.`;
}
