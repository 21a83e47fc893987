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

/** One sentence saying which targets a figure is measured against; `whoChanged` names who set their own targets ("you" in the app). */
export function describeMeasure(measure: TargetMeasure | null, frameworkVersion: number, whoChanged: string | null = null): string {
  if (measure === null) {
    return `Measured against the single target of framework version ${frameworkVersion}, which this assessment was made on (before the framework had separate “ready to step up” and “effective in the role” targets).`;
  }
  return `Measured against the “${MEASURE_NAMES[measure]}” targets of framework version ${frameworkVersion}, ${whoChanged ? `and any target ${whoChanged} set to another level` : 'and any target you changed yourself'}.`;
}

/** What each measure asks, for the control that chooses it. */
export const MEASURE_DESCRIPTIONS: Record<TargetMeasure, string> = {
  STEP_UP: 'The levels a credible Head of Engineering candidate shows: mostly 3, with the must-haves at their level. The default.',
  IN_ROLE: 'The levels a Head of Engineering shows in post: 4 on every item.',
};

/** Whether a framework version has two targets to choose between; versions made before have one. */
export const hasTwoTargets = (items: readonly Pick<ItemTargets, 'stepUpLevel'>[]) => items.some((item) => item.stepUpLevel !== null);

export type RetargetAnswer = ItemTargets & { itemId: string; targetLevel: number };

export type Retarget = { itemId: string; from: number; to: number };

/**
 * The targets that move when an assessment changes measure. A target at the
 * framework's level for the measure it leaves follows the framework to the
 * new one; a target set to any other level is the person's own and stays.
 */
export function retargetAnswers(answers: readonly RetargetAnswer[], from: TargetMeasure | null, to: TargetMeasure): { moved: Retarget[]; kept: number } {
  const moved: Retarget[] = [];
  let kept = 0;
  for (const answer of answers) {
    const before = frameworkTarget(answer, from);
    const after = frameworkTarget(answer, to);
    if (answer.targetLevel !== before) kept += 1;
    else if (before !== after) moved.push({ itemId: answer.itemId, from: before, to: after });
  }
  return { moved, kept };
}

/** The measure by name, for tables and short lines: "“ready to step up”". */
export function measureLabel(measure: TargetMeasure | null): string {
  return measure === null ? 'the single target of its framework version' : `“${MEASURE_NAMES[measure]}”`;
}

/** Said when two figures side by side are read against different targets. */
export function describeMeasureDifference(then: TargetMeasure | null, now: TargetMeasure | null): string | null {
  if (then === now) return null;
  return `The earlier assessment is measured against ${measureLabel(then)} and the newer against ${measureLabel(now)}, so part of any change comes from the targets rather than the levels.`;
}
