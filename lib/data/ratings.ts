import 'server-only';
import { acceptedByViewer, raterAnswers, raterInvitation, revealedSelfAnswers, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AnswerState } from '@/lib/domain/assessment-readiness';
import { invitationStatus, type InvitationStatus, type RaterRole } from '@/lib/domain/others-view';
import type { OverallCommentInput, RatingInput } from '@/lib/validation/invitation';
import { answerStateSelect, ratedItemSelect, versionSelect } from '@/lib/data/version-select';

// A rater's ratings are AssessmentAnswer rows they author through their
// invitation; the item comment is kept in the row's evidence.

/** What the rater's page shows: the framework, their own ratings, and the subject's only once revealed to them. */
export async function getRating(viewer: Viewer, invitationId: string, now = new Date()) {
  const client = db();
  const invitation = await client.invitation.findFirst({
    where: raterInvitation(viewer, invitationId, now),
    select: {
      id: true,
      role: true,
      state: true,
      note: true,
      overallComment: true,
      revision: true,
      expiresAt: true,
      submittedAt: true,
      assessmentId: true,
      assessment: {
        select: {
          status: true,
          subjectId: true,
          subject: { select: { name: true, email: true } },
          frameworkVersion: { select: versionSelect(ratedItemSelect) },
        },
      },
      answers: { where: raterAnswers(viewer, invitationId), select: answerStateSelect },
    },
  });
  if (!invitation) return null;
  const selfWhere = revealedSelfAnswers(invitation);
  const selfRatings = selfWhere
    ? await client.assessmentAnswer.findMany({
        where: { ...selfWhere, assessmentId: invitation.assessmentId },
        select: { itemId: true, level: true, noOpportunity: true, evidence: true },
      })
    : null;
  const { assessment, assessmentId: _assessmentId, ...rest } = invitation;
  return {
    ...rest,
    subjectName: assessment.subject.name || assessment.subject.email,
    subjectSubmitted: assessment.status === 'SUBMITTED',
    levels: assessment.frameworkVersion.levels,
    sections: assessment.frameworkVersion.sections,
    selfRatings,
  };
}
export type RatingDetail = NonNullable<Awaited<ReturnType<typeof getRating>>>;

export type RatingSaveOutcome =
  | { kind: 'saved'; answer: AnswerState }
  | { kind: 'conflict'; current: AnswerState }
  | { kind: 'invalid-level' }
  | { kind: 'frozen' }
  | { kind: 'not-found' };

/** The invitation still open for ratings: accepted, not submitted, not expired, and the viewer's. */
const stillRating = (viewer: Viewer, invitationId: string, now: Date) => ({ ...raterInvitation(viewer, invitationId, now), state: 'ACCEPTED' }) satisfies Prisma.InvitationWhereInput;

/**
 * Saves one item of a rater's rating if the invitation is still being rated
 * and the row still holds the revision the change was based on: all checked
 * in the statement that writes.
 */
export async function saveRating(viewer: Viewer, input: RatingInput, now = new Date()): Promise<RatingSaveOutcome> {
  const client = db();
  const { invitationId, itemId, baseRevision, comment, ...fields } = input;
  // The level must be one of the pinned framework version's.
  if (fields.level !== null && (await client.ratingLevel.count({ where: { level: fields.level, frameworkVersion: { items: { some: { id: itemId } } } } })) === 0) {
    return { kind: 'invalid-level' };
  }
  const { count } = await client.assessmentAnswer.updateMany({
    where: { AND: [raterAnswers(viewer, invitationId), { itemId, revision: baseRevision, invitation: stillRating(viewer, invitationId, now) }] },
    data: { ...fields, evidence: comment, revision: { increment: 1 } },
  });
  const current = await client.assessmentAnswer.findFirst({
    where: { AND: [raterAnswers(viewer, invitationId), { itemId, invitation: raterInvitation(viewer, invitationId, now) }] },
    select: { ...answerStateSelect, invitation: { select: { state: true } } },
  });
  if (!current) return { kind: 'not-found' };
  const { invitation, ...answer } = current;
  if (count === 1) return { kind: 'saved', answer };
  if (invitation?.state !== 'ACCEPTED') return { kind: 'frozen' };
  // A retry of a save that landed but whose answer was lost is this save, done.
  if (answer.revision === baseRevision + 1 && answer.level === fields.level && answer.noOpportunity === fields.noOpportunity && answer.evidence === comment) {
    return { kind: 'saved', answer };
  }
  return { kind: 'conflict', current: answer };
}

export type CommentSaveOutcome =
  | { kind: 'saved'; revision: number }
  | { kind: 'conflict'; current: { comment: string; revision: number } }
  | { kind: 'frozen' }
  | { kind: 'not-found' };

export async function saveOverallComment(viewer: Viewer, input: OverallCommentInput, now = new Date()): Promise<CommentSaveOutcome> {
  const client = db();
  const { count } = await client.invitation.updateMany({
    where: { ...stillRating(viewer, input.invitationId, now), revision: input.baseRevision },
    data: { overallComment: input.comment, revision: { increment: 1 } },
  });
  const current = await client.invitation.findFirst({ where: raterInvitation(viewer, input.invitationId, now), select: { state: true, overallComment: true, revision: true } });
  if (!current) return { kind: 'not-found' };
  if (count === 1) return { kind: 'saved', revision: current.revision };
  if (current.state !== 'ACCEPTED') return { kind: 'frozen' };
  if (current.revision === input.baseRevision + 1 && current.overallComment === input.comment) return { kind: 'saved', revision: current.revision };
  return { kind: 'conflict', current: { comment: current.overallComment, revision: current.revision } };
}

export type RatingSubmitOutcome =
  | { kind: 'submitted'; submittedAt: Date }
  | { kind: 'incomplete'; unrated: string[] }
  | { kind: 'frozen' }
  | { kind: 'not-found' };

/** Freezes a rater's ratings. Every item needs a level or "no opportunity to see this" first. */
export async function submitRating(viewer: Viewer, invitationId: string, now = new Date()): Promise<RatingSubmitOutcome> {
  const client = db();
  const invitation = await client.invitation.findFirst({
    where: raterInvitation(viewer, invitationId, now),
    select: {
      state: true,
      answers: {
        where: raterAnswers(viewer, invitationId),
        select: { level: true, noOpportunity: true, item: { select: { title: true, position: true, section: { select: { position: true } } } } },
      },
    },
  });
  if (!invitation) return { kind: 'not-found' };
  if (invitation.state !== 'ACCEPTED') return { kind: 'frozen' };
  const unrated = invitation.answers
    .filter((answer) => answer.level === null && !answer.noOpportunity)
    .sort((a, b) => a.item.section.position - b.item.section.position || a.item.position - b.item.position)
    .map((answer) => answer.item.title);
  if (unrated.length > 0) return { kind: 'incomplete', unrated };
  const { count } = await client.invitation.updateMany({ where: stillRating(viewer, invitationId, now), data: { state: 'SUBMITTED', submittedAt: now } });
  return count === 1 ? { kind: 'submitted', submittedAt: now } : { kind: 'frozen' };
}

export type RequestRow = { id: string; subjectName: string; role: RaterRole; status: InvitationStatus; expiresAt: Date; submittedAt: Date | null };

/** "People who asked for your view": every invitation the viewer accepted that has not been withdrawn, newest first. */
export async function listRequests(viewer: Viewer, now = new Date()): Promise<RequestRow[]> {
  const rows = await db().invitation.findMany({
    where: { ...acceptedByViewer(viewer), state: { not: 'WITHDRAWN' } },
    orderBy: [{ acceptedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, role: true, state: true, expiresAt: true, submittedAt: true, assessment: { select: { subject: { select: { name: true, email: true } } } } },
  });
  return rows.map(({ assessment, state, ...row }) => ({
    ...row,
    subjectName: assessment.subject.name || assessment.subject.email,
    status: invitationStatus({ state, expiresAt: row.expiresAt }, now),
  }));
}
