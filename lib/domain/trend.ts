import { computeReadiness, type ReadinessInput } from '@/lib/domain/readiness';

export type TrendAssessment = {
  id: string;
  submittedAt: Date;
  answers: (ReadinessInput & { sectionKey: string })[];
};

export type TrendPoint = { id: string; submittedAt: Date; overall: number | null; sections: Record<string, number | null> };

/** Overall and per-section readiness of each submitted assessment, oldest first. */
export function buildTrend(assessments: readonly TrendAssessment[], sectionKeys: readonly string[]): TrendPoint[] {
  return [...assessments]
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
    .map((assessment) => ({
      id: assessment.id,
      submittedAt: assessment.submittedAt,
      overall: computeReadiness(assessment.answers).percent,
      sections: Object.fromEntries(
        sectionKeys.map((key) => [key, computeReadiness(assessment.answers.filter((answer) => answer.sectionKey === key)).percent]),
      ),
    }));
}

/** The change in overall readiness from the first to the last point that has a figure. */
export function trendChange(points: readonly TrendPoint[]): number | null {
  const rated = points.filter((point) => point.overall !== null);
  if (rated.length < 2) return null;
  return rated.at(-1)!.overall! - rated[0]!.overall!;
}
