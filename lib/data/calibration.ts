import 'server-only';
import { revealedRaterAnswersAcross, selfAnswersBesideRevealedRatings, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import { calibrate, type Calibration, type CalibrationAssessmentInput } from '@/lib/domain/calibration';
import type { OthersRating } from '@/lib/domain/others-view';

export type CalibrationView = {
  calibration: Calibration;
  /** Item titles by key, as the latest assessment that rated them names them. */
  titles: Map<string, string>;
};

/**
 * The subject's calibration across every submitted assessment of theirs that
 * has ratings from raters who submitted. Two statements, whatever the number
 * of assessments or raters: others' ratings, and the self-ratings beside them.
 */
export async function getCalibration(viewer: Viewer): Promise<CalibrationView> {
  const client = db();
  const [ratings, selves] = await Promise.all([
    client.assessmentAnswer.findMany({
      where: revealedRaterAnswersAcross(viewer),
      select: { assessmentId: true, level: true, noOpportunity: true, item: { select: { key: true } }, invitation: { select: { role: true } } },
    }),
    client.assessmentAnswer.findMany({
      where: selfAnswersBesideRevealedRatings(viewer),
      select: {
        assessmentId: true,
        level: true,
        noOpportunity: true,
        confidence: true,
        assessment: { select: { submittedAt: true } },
        item: { select: { key: true, title: true, position: true, section: { select: { position: true } } } },
      },
      orderBy: [{ assessment: { submittedAt: 'asc' } }, { item: { section: { position: 'asc' } } }, { item: { position: 'asc' } }],
    }),
  ]);

  const ratingsOf = new Map<string, OthersRating[]>();
  for (const rating of ratings) {
    if (!rating.invitation) continue;
    const key = `${rating.assessmentId} ${rating.item.key}`;
    ratingsOf.set(key, [...(ratingsOf.get(key) ?? []), { role: rating.invitation.role, level: rating.level, noOpportunity: rating.noOpportunity }]);
  }

  const assessments = new Map<string, CalibrationAssessmentInput & { items: CalibrationAssessmentInput['items'][number][] }>();
  const titles = new Map<string, string>();
  for (const self of selves) {
    const submittedAt = self.assessment.submittedAt;
    if (!submittedAt) continue;
    const assessment = assessments.get(self.assessmentId) ?? { id: self.assessmentId, submittedAt, items: [] };
    assessment.items.push({
      key: self.item.key,
      self: self.noOpportunity ? null : self.level,
      confidence: self.confidence,
      ratings: ratingsOf.get(`${self.assessmentId} ${self.item.key}`) ?? [],
    });
    assessments.set(self.assessmentId, assessment);
    // Oldest first, so the latest wording of an item is the one kept.
    titles.delete(self.item.key);
    titles.set(self.item.key, self.item.title);
  }
  return { calibration: calibrate([...assessments.values()], [...titles.keys()]), titles };
}
