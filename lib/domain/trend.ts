import { NO_ANSWERS, readinessFromSections, type Readiness, type SectionTotals } from '@/lib/domain/readiness';
import type { TargetMeasure } from '@/lib/domain/targets';

/** A submitted assessment as the trend needs it: readiness totals and weight per section, added up by the database. */
export type TrendAssessment = {
  id: string;
  submittedAt: Date;
  measure: TargetMeasure | null;
  sections: Record<string, SectionTotals>;
};

export type TrendPoint = {
  id: string;
  submittedAt: Date;
  measure: TargetMeasure | null;
  /** The overall reading, coverage and flags included; `overall` is its figure. */
  readiness: Readiness;
  overall: number | null;
  sections: Record<string, number | null>;
};

/** Overall and per-section readiness of each submitted assessment, oldest first: the same figures the gap view shows. */
export function buildTrend(assessments: readonly TrendAssessment[], sectionKeys: readonly string[]): TrendPoint[] {
  return [...assessments]
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
    .map((assessment) => ({
      assessment,
      // Every section the assessment has answers in counts towards overall, even one a later framework version dropped.
      readiness: readinessFromSections(Object.values(assessment.sections)),
    }))
    .map(({ assessment, readiness }) => ({
      id: assessment.id,
      submittedAt: assessment.submittedAt,
      measure: assessment.measure,
      readiness,
      overall: readiness.percent,
      sections: Object.fromEntries(
        sectionKeys.map((key) => [key, readinessFromSections([assessment.sections[key] ?? { ...NO_ANSWERS, weight: 1 }]).percent]),
      ),
    }));
}

/** The change in overall readiness from the first to the last point that has a figure. */
export function trendChange(points: readonly TrendPoint[]): number | null {
  const rated = points.filter((point) => point.overall !== null);
  if (rated.length < 2) return null;
  return rated.at(-1)!.overall! - rated[0]!.overall!;
}
