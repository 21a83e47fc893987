import { NO_ANSWERS, readinessFromSections, type SectionTotals } from '@/lib/domain/readiness';

/** A submitted assessment as the trend needs it: readiness totals and weight per section, added up by the database. */
export type TrendAssessment = {
  id: string;
  submittedAt: Date;
  sections: Record<string, SectionTotals>;
};

export type TrendPoint = { id: string; submittedAt: Date; overall: number | null; sections: Record<string, number | null> };

/** Overall and per-section readiness of each submitted assessment, oldest first: the same figures the gap view shows. */
export function buildTrend(assessments: readonly TrendAssessment[], sectionKeys: readonly string[]): TrendPoint[] {
  return [...assessments]
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
    .map((assessment) => ({
      id: assessment.id,
      submittedAt: assessment.submittedAt,
      // Every section the assessment has answers in counts towards overall, even one a later framework version dropped.
      overall: readinessFromSections(Object.values(assessment.sections)).percent,
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
