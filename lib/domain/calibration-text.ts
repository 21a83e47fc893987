// Calibration in words: the page leads with these sentences, and the numbers
// behind them follow in tables.
import type { AssessmentCalibration, Calibration, ConfidenceCalibration, Movement } from '@/lib/domain/calibration';
import { CONFIDENCE_LABELS } from '@/lib/domain/vocabulary';

const tenth = (value: number) => Math.round(value * 10) / 10;

/** "1 level", "0.5 levels", "1.3 levels". */
export function levelsText(value: number): string {
  const size = tenth(Math.abs(value));
  return `${size} level${size === 1 ? '' : 's'}`;
}

/** Where the subject stood against others on one item or on average. */
export function describeDistance(distance: number | null): string {
  if (distance === null) return 'Not compared';
  if (tenth(distance) === 0) return 'Level with others';
  return `${levelsText(distance)} ${distance > 0 ? 'above' : 'below'} others`;
}

/** "Closer than last time by 0.5 levels". */
export function describeMovement(movement: Movement | null): string {
  if (movement === null) return 'Only one assessment to go on';
  if (movement.kind === 'same') return 'As far apart as last time';
  return `${movement.kind === 'closer' ? 'Closer' : 'Further apart'} than last time by ${levelsText(movement.by)}`;
}

/** Over- or under-confidence, in words, from the mean of self minus others. */
export function describeLean(meanSigned: number): string {
  if (tenth(meanSigned) === 0) return 'neither higher nor lower than others, on balance';
  return meanSigned > 0
    ? `higher than others by ${levelsText(meanSigned)} on average: more confident in yourself than they are`
    : `lower than others by ${levelsText(meanSigned)} on average: they see more in you than you do`;
}

/** The page's lead: where the latest assessment stands, and whether the gap between views is closing. */
export function describeOverall(calibration: Calibration): string[] {
  const latest: AssessmentCalibration | undefined = calibration.assessments.at(-1);
  if (!latest) return [];
  const count = calibration.assessments.length;
  const sentences = [
    `On your latest assessment with others’ ratings, you rated yourself ${describeLean(latest.meanSigned)}. Item by item, you were ${levelsText(latest.meanAbsolute)} from them on average, over ${latest.compared} item${latest.compared === 1 ? '' : 's'}.`,
  ];
  const movement = calibration.movement;
  if (movement === null) {
    sentences.push('This is the only assessment so far with others’ ratings to compare: ask for their view again next time to see whether your views are moving closer.');
  } else if (movement.kind === 'same') {
    sentences.push(`That is as far apart as on the assessment before, across ${count} assessments with others’ ratings.`);
  } else {
    sentences.push(`That is ${movement.kind === 'closer' ? 'closer' : 'further apart'} than last time by ${levelsText(movement.by)}, across ${count} assessments with others’ ratings.`);
  }
  return sentences;
}

/** Whether the confidence the subject gave told them anything about how close they were. */
export function describeConfidence(groups: readonly ConfidenceCalibration[]): string {
  if (groups.length === 0) return 'You gave no confidence on the items that could be compared, so there is nothing to relate it to yet. Giving one when you rate helps here.';
  const high = groups.find((group) => group.confidence === 'HIGH');
  const low = groups.find((group) => group.confidence === 'LOW');
  if (!high || !low) {
    const only = groups.map((group) => CONFIDENCE_LABELS[group.confidence].toLowerCase()).join(' or ');
    return `Every item compared had ${only} confidence, so whether your confidence tells you when you are close cannot be seen yet: it needs items you were sure of and items you were not.`;
  }
  const apart = (group: ConfidenceCalibration) => `${levelsText(group.meanAbsolute)} from others on average`;
  const difference = tenth(high.meanAbsolute - low.meanAbsolute);
  if (difference < 0) {
    return `When your confidence was high you were ${apart(high)}; when it was low, ${apart(low)}. Your confidence has been a fair guide to where others agree with you.`;
  }
  if (difference > 0) {
    return `When your confidence was high you were ${apart(high)}; when it was low, only ${apart(low)}. Being sure has not meant others agree: the items you feel surest of are worth checking with them.`;
  }
  return `Whether your confidence was high or low, you were ${apart(high)}: so far it has not told you where others agree.`;
}
