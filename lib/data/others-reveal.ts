import 'server-only';
import { ownAgreedLevels, ownAssessment, revealedInvitations, revealedRaterAnswers, selfAnswersOf, type Viewer } from '@/lib/data/access';
import { getFrameworkVersionContent } from '@/lib/data/framework-version-content';
import { db } from '@/lib/db/db';
import { invitationStatus, isNamedRole } from '@/lib/domain/others-view';
import type { RevealSource } from '@/lib/domain/others-reveal';

/**
 * What the subject's "Others' view" page is built from, on one assessment of
 * theirs; null when it is not theirs. Raters' names, comments and ratings are
 * read only once the access layer reveals them (a submitted assessment,
 * raters who submitted), and a peer's name is never read at all. Three
 * statements, whatever the number of raters; the framework version's words
 * come from its per-process cache.
 */
export async function getRevealSource(viewer: Viewer, assessmentId: string, now = new Date()) {
  const assessment = await db().assessment.findFirst({
    where: ownAssessment(viewer, assessmentId),
    select: {
      id: true,
      status: true,
      submittedAt: true,
      createdAt: true,
      frameworkVersionId: true,
      answers: { where: selfAnswersOf(viewer.id), select: { itemId: true, level: true, noOpportunity: true } },
      invitations: { select: { role: true, state: true, expiresAt: true } },
      agreedLevels: { where: ownAgreedLevels(viewer), select: { itemId: true, level: true, agreedWith: true, note: true, agreedAt: true } },
    },
  });
  if (!assessment) return null;
  const revealed = assessment.status === 'SUBMITTED';
  const [version, [invitations, answers]] = await Promise.all([
    getFrameworkVersionContent(assessment.frameworkVersionId),
    revealed ? readRevealedRatings(viewer, assessmentId) : Promise.resolve([[], []] as const),
  ]);
  if (!version) return null;
  const answersOf = new Map<string, RevealSource['raters'][number]['answers']>();
  for (const answer of answers) {
    if (!answer.invitationId) continue;
    const forRater = answersOf.get(answer.invitationId) ?? {};
    forRater[answer.itemId] = { level: answer.level, noOpportunity: answer.noOpportunity, comment: answer.evidence };
    answersOf.set(answer.invitationId, forRater);
  }
  const source: RevealSource = {
    status: assessment.status,
    items: version.sections.flatMap((section) => section.items.map(({ id, key, title }) => ({ id, key, title }))),
    self: Object.fromEntries(assessment.answers.map(({ itemId, ...rated }) => [itemId, rated])),
    invitations: assessment.invitations.map((invitation) => ({ role: invitation.role, status: invitationStatus(invitation, now) })),
    raters: invitations.map((invitation) => ({
      role: invitation.role,
      // A peer is never named; a named rater whose account is gone is a "former rater".
      name: isNamedRole(invitation.role) && invitation.rater ? invitation.rater.name || invitation.rater.email : null,
      overallComment: invitation.overallComment,
      answers: answersOf.get(invitation.id) ?? {},
    })),
    agreed: Object.fromEntries(assessment.agreedLevels.map(({ itemId, ...agreed }) => [itemId, agreed])),
  };
  return {
    assessment: {
      id: assessment.id,
      status: assessment.status,
      submittedAt: assessment.submittedAt ?? assessment.createdAt,
      frameworkVersion: version.number,
      levels: version.levels,
    },
    source,
  };
}

/** The raters, with their names where named, and their ratings: only what the access layer reveals. */
function readRevealedRatings(viewer: Viewer, assessmentId: string) {
  const client = db();
  return Promise.all([
    client.invitation.findMany({
      where: revealedInvitations(viewer, assessmentId),
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, role: true, overallComment: true, rater: { select: { name: true, email: true } } },
    }),
    client.assessmentAnswer.findMany({
      where: revealedRaterAnswers(viewer, assessmentId),
      select: { invitationId: true, itemId: true, level: true, noOpportunity: true, evidence: true },
    }),
  ]);
}
