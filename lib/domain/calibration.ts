// Calibration: how far the subject's self-ratings were from others' ratings
// of them, assessment after assessment, and whether that distance shrinks.
// Others' level per item is the one the "Others' view" shows (compareItem):
// named raters, and peers only as an aggregate of at least PEER_THRESHOLD.
import type { Confidence } from '@/lib/domain/vocabulary';
import { compareItem, type OthersRating } from '@/lib/domain/others-view';

export type CalibrationItemInput = { key: string; self: number | null; confidence: Confidence | null; ratings: readonly OthersRating[] };
export type CalibrationAssessmentInput = { id: string; submittedAt: Date; items: readonly CalibrationItemInput[] };

/** One item on one assessment: self minus others, positive when the subject rated themselves higher. */
export type CalibrationPoint = { assessmentId: string; submittedAt: Date; distance: number | null; confidence: Confidence | null };

/** How the size of the distance changed from one comparable assessment to the next, in levels (rounded to a tenth). */
export type Movement = { kind: 'closer' | 'further' | 'same'; by: number };

export type ItemCalibration = {
  key: string;
  /** One per assessment compared, oldest first; null where this item could not be compared. */
  points: CalibrationPoint[];
  /** The distance on the latest assessment that could compare this item. */
  latest: number | null;
  /** Between the last two assessments that compared this item; null with fewer than two. */
  movement: Movement | null;
};

export type AssessmentCalibration = {
  assessmentId: string;
  submittedAt: Date;
  /** How many items had both a self-level and others' level. */
  compared: number;
  /** The mean of self minus others: positive when the subject rated themselves higher on the whole. */
  meanSigned: number;
  /** The mean size of the distance, whichever way: what shrinks as the subject's view meets others'. */
  meanAbsolute: number;
};

export type ConfidenceCalibration = { confidence: Confidence; compared: number; meanAbsolute: number; meanSigned: number };

export type Calibration = {
  /** Assessments with others' ratings the subject may see. */
  withRatings: number;
  /** Those with at least one item compared, oldest first. */
  assessments: AssessmentCalibration[];
  items: ItemCalibration[];
  /** The overall distance's change between the last two assessments compared. */
  movement: Movement | null;
  /** Every item compared on every assessment, grouped by the confidence the subject gave it; groups with none are left out. */
  byConfidence: ConfidenceCalibration[];
};

const CONFIDENCES: Confidence[] = ['HIGH', 'MEDIUM', 'LOW'];

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const tenth = (value: number) => Math.round(value * 10) / 10;

/** From one distance to the next, by their sizes: a change under a twentieth of a level is "the same". */
export function movementBetween(previous: number, latest: number): Movement {
  const by = tenth(Math.abs(previous) - Math.abs(latest));
  return by > 0 ? { kind: 'closer', by } : by < 0 ? { kind: 'further', by: -by } : { kind: 'same', by: 0 };
}

function lastMovement(distances: readonly (number | null)[]): Movement | null {
  const known = distances.filter((distance): distance is number => distance !== null);
  return known.length < 2 ? null : movementBetween(known.at(-2)!, known.at(-1)!);
}

/**
 * The subject's calibration across assessments, oldest first. Items are
 * matched by key, which stays the same across framework versions; an
 * assessment with no item compared (say, only two peers) is left out.
 */
export function calibrate(input: readonly CalibrationAssessmentInput[], itemOrder: readonly string[] = []): Calibration {
  const ordered = [...input].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id.localeCompare(b.id));
  const compared = ordered
    .map((assessment) => ({
      assessment,
      points: assessment.items.map((item) => ({ key: item.key, confidence: item.confidence, distance: compareItem(item.self, item.ratings).difference })),
    }))
    .filter(({ points }) => points.some((point) => point.distance !== null));

  const assessments: AssessmentCalibration[] = compared.map(({ assessment, points }) => {
    const distances = points.flatMap((point) => (point.distance === null ? [] : [point.distance]));
    return {
      assessmentId: assessment.id,
      submittedAt: assessment.submittedAt,
      compared: distances.length,
      meanSigned: mean(distances),
      meanAbsolute: mean(distances.map(Math.abs)),
    };
  });

  const keys = [...new Set([...itemOrder, ...compared.flatMap(({ points }) => points.filter((point) => point.distance !== null).map((point) => point.key))])];
  const items: ItemCalibration[] = keys.flatMap((key) => {
    const points = compared.map(({ assessment, points: all }) => {
      const found = all.find((point) => point.key === key);
      return { assessmentId: assessment.id, submittedAt: assessment.submittedAt, distance: found?.distance ?? null, confidence: found?.confidence ?? null };
    });
    const distances = points.map((point) => point.distance);
    if (distances.every((distance) => distance === null)) return [];
    return [{ key, points, latest: distances.findLast((distance) => distance !== null) ?? null, movement: lastMovement(distances) }];
  });

  const all = compared.flatMap(({ points }) => points);
  const byConfidence = CONFIDENCES.flatMap((confidence) => {
    const distances = all.flatMap((point) => (point.confidence === confidence && point.distance !== null ? [point.distance] : []));
    return distances.length === 0 ? [] : [{ confidence, compared: distances.length, meanAbsolute: mean(distances.map(Math.abs)), meanSigned: mean(distances) }];
  });

  return {
    withRatings: input.length,
    assessments,
    items,
    movement: lastMovement(assessments.map((assessment) => assessment.meanAbsolute)),
    byConfidence,
  };
}
