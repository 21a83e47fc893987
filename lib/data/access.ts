import 'server-only';
import type { SessionUser } from '@/lib/auth/session-user';
import { Prisma } from '@/lib/generated/prisma/client';

// Who may read or change a person's data, decided here and nowhere else.
//
// A viewer reaches data through a relation to the person it is about:
// - subject: the person assessed, who owns their assessments, the answers
//   they gave, their goals, evidence log, share links, account and security
//   events;
// - link holder: anyone with a live share-link token, who reads that one
//   submitted assessment (see `liveShareLink`);
// - calendar subscriber: anyone with the user's calendar-feed token, who reads
//   the user's review date and open goals' titles and target dates (see
//   `calendarFeedByToken`);
// - rater: someone who accepted an invitation to rate one assessment's
//   subject, who reads that assessment's framework and their own ratings,
//   and the subject's self-ratings only once both have submitted (see
//   `raterInvitation` and the rules in the project's visibility notes).
// Every query that reads or writes user data takes its where-clause (or, for
// hand-written SQL, its condition) from these functions, so a new relation
// (a rater, a supporter) is a new case here rather than a change to every
// query. A test fails if an ownership condition is written anywhere else.

export type Viewer = SessionUser;

/** Assessments the viewer may read and change: their own. */
export function ownAssessments(viewer: Viewer) {
  return { subjectId: viewer.id } satisfies Prisma.AssessmentWhereInput;
}

/** One assessment, if the viewer may read and change it. */
export function ownAssessment(viewer: Viewer, id: string) {
  return { id, ...ownAssessments(viewer) } satisfies Prisma.AssessmentWhereInput;
}

/** The viewer's draft, by the unique key that allows one per person. */
export function ownDraft(viewer: Viewer) {
  return { draftOwnerId: viewer.id } satisfies Prisma.AssessmentWhereUniqueInput;
}

/** A new draft of the viewer's, held by them until it is submitted. */
export function newDraftOf(viewer: Viewer) {
  return { subjectId: viewer.id, draftOwnerId: viewer.id };
}

/** The answers the viewer gave about themselves. */
export function ownAnswers(viewer: Viewer) {
  return { authorId: viewer.id, assessment: ownAssessments(viewer) } satisfies Prisma.AssessmentAnswerWhereInput;
}

/** What a new answer by the viewer records about who gave it. */
export function answerBy(viewer: Viewer) {
  return { authorId: viewer.id };
}

/** An assessment's self-ratings: those its subject gave. */
export function selfAnswersOf(subjectId: string) {
  return { authorId: subjectId } satisfies Prisma.AssessmentAnswerWhereInput;
}

/** The viewer's pins and dismissals of priorities: those on their own assessments. */
export function ownPriorityChoices(viewer: Viewer) {
  return { assessment: ownAssessments(viewer) } satisfies Prisma.PriorityChoiceWhereInput;
}

export function ownGoals(viewer: Viewer) {
  return { userId: viewer.id } satisfies Prisma.GoalWhereInput;
}

export function ownGoal(viewer: Viewer, id: string) {
  return { id, ...ownGoals(viewer) } satisfies Prisma.GoalWhereInput;
}

export function ownShareLinks(viewer: Viewer) {
  return { userId: viewer.id } satisfies Prisma.ShareLinkWhereInput;
}

/** A share link that opens what it shares: not revoked, not expired, of a submitted assessment. */
export function liveShareLink(tokenHash: string, now: Date) {
  return { tokenHash, revokedAt: null, expiresAt: { gt: now }, assessment: { status: 'SUBMITTED' } } satisfies Prisma.ShareLinkWhereInput;
}

/** What a live share link was found to open: the summary of one submitted assessment of its subject's. */
export type SharedSummary = { subjectId: string; assessmentId: string };

/** The goals a share link shows beside the summary: its subject's. */
export function sharedGoals(link: SharedSummary) {
  return { userId: link.subjectId } satisfies Prisma.GoalWhereInput;
}

/** The viewer's evidence log: only they read and change it. */
export function ownEvidence(viewer: Viewer) {
  return { userId: viewer.id } satisfies Prisma.EvidenceEntryWhereInput;
}

export function ownEvidenceEntry(viewer: Viewer, id: string) {
  return { id, ...ownEvidence(viewer) } satisfies Prisma.EvidenceEntryWhereInput;
}

export function ownCalendarFeed(viewer: Viewer) {
  return { userId: viewer.id } satisfies Prisma.CalendarFeedWhereUniqueInput;
}

/** A calendar feed by its token: it opens its subject's review date and open goals, nothing else. */
export function calendarFeedByToken(tokenHash: string) {
  return { tokenHash } satisfies Prisma.CalendarFeedWhereUniqueInput;
}

/** Whose dates a calendar feed was found to show. */
export type CalendarSubject = { subjectId: string };

/** The viewer's own dates, for a calendar they download while signed in. */
export function ownCalendarSubject(viewer: Viewer): CalendarSubject {
  return { subjectId: viewer.id };
}

/** The assessments a calendar feed reads its review date from: its subject's. */
export function calendarAssessments(feed: CalendarSubject) {
  return { subjectId: feed.subjectId } satisfies Prisma.AssessmentWhereInput;
}

/** The goals a calendar feed shows: its subject's. */
export function calendarGoals(feed: CalendarSubject) {
  return { userId: feed.subjectId } satisfies Prisma.GoalWhereInput;
}

/** The account whose review date a calendar feed shows. */
export function calendarAccount(feed: CalendarSubject) {
  return { id: feed.subjectId } satisfies Prisma.UserWhereUniqueInput;
}

export function ownAuditEvents(viewer: Viewer) {
  return { userId: viewer.id } satisfies Prisma.AuditEventWhereInput;
}

/** The viewer's signed-in sessions (the id alone names whose they are). */
export function ownSessions(viewer: Pick<Viewer, 'id'>) {
  return { userId: viewer.id } satisfies Prisma.UserSessionWhereInput;
}

export function ownAccount(viewer: Viewer) {
  return { id: viewer.id } satisfies Prisma.UserWhereUniqueInput;
}

/**
 * The same rule as `ownAssessments` for hand-written SQL over "Assessment",
 * aliased as `alias`.
 */
export function ownAssessmentsSql(viewer: Viewer, alias = '"Assessment"'): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}."subjectId" = ${viewer.id}`;
}

/** The same rule as `ownDraft` for hand-written SQL over "Assessment". */
export function ownDraftSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`"draftOwnerId" = ${viewer.id}`;
}

/** Self-ratings only, for hand-written SQL joining answers (`answer`) to their assessment (`assessment`). */
export function selfAnswersSql(answer: string, assessment: string): Prisma.Sql {
  return Prisma.raw(`${answer}."authorId" = ${assessment}."subjectId"`);
}

/** The same rule as `ownGoals` for hand-written SQL over "Goal". */
export function ownGoalsSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`"Goal"."userId" = ${viewer.id}`;
}

/** The invitations the viewer sent: those on their own assessments. */
export function ownInvitations(viewer: Viewer) {
  return { assessment: ownAssessments(viewer) } satisfies Prisma.InvitationWhereInput;
}

export function ownInvitation(viewer: Viewer, id: string) {
  return { id, ...ownInvitations(viewer) } satisfies Prisma.InvitationWhereInput;
}

/** An invitation whose link can still be accepted: pending and not expired. */
export function openInvitation(tokenHash: string, now: Date) {
  return { tokenHash, state: 'PENDING', expiresAt: { gt: now } } satisfies Prisma.InvitationWhereInput;
}

/**
 * An invitation the viewer accepted and may still open: not withdrawn, and
 * either submitted (their ratings stay theirs to read) or not yet expired.
 * Anything else is as if it never existed.
 */
export function raterInvitation(viewer: Viewer, id: string, now: Date) {
  return { id, ...raterInvitations(viewer, now) } satisfies Prisma.InvitationWhereInput;
}

/** Every invitation the viewer may still open as its rater, by the same rule as `raterInvitation`. */
export function raterInvitations(viewer: Viewer, now: Date) {
  return {
    raterId: viewer.id,
    OR: [{ state: 'SUBMITTED' }, { state: 'ACCEPTED', expiresAt: { gt: now } }],
  } satisfies Prisma.InvitationWhereInput;
}

/** Every invitation the viewer accepted, whatever its state, for their own list of requests. */
export function acceptedByViewer(viewer: Viewer) {
  return { raterId: viewer.id } satisfies Prisma.InvitationWhereInput;
}

/** What accepting an invitation records about who accepted it. */
export function acceptedBy(viewer: Viewer) {
  return { raterId: viewer.id };
}

/** The ratings the viewer gives through one invitation of theirs. */
export function raterAnswers(viewer: Viewer, invitationId: string) {
  return { ...ownRatings(viewer), invitationId } satisfies Prisma.AssessmentAnswerWhereInput;
}

/** Every rating the viewer gave as a rater, through invitations they hold. */
export function ownRatings(viewer: Viewer) {
  return { authorId: viewer.id, invitation: { raterId: viewer.id } } satisfies Prisma.AssessmentAnswerWhereInput;
}

/** What a new rating through an invitation records about who gave it. */
export function ratingBy(viewer: Viewer, invitationId: string) {
  return { authorId: viewer.id, invitationId };
}

/**
 * A rater's view of the subject's self-ratings: only once the subject has
 * submitted the assessment and the rater has submitted too, and only for a
 * named role (a peer never sees them). Null when the rater may not see them.
 */
export function revealedSelfAnswers(invitation: { role: 'MANAGER' | 'MENTOR' | 'PEER'; state: string; assessment: { status: string; subjectId: string } }) {
  if (invitation.role === 'PEER' || invitation.state !== 'SUBMITTED' || invitation.assessment.status !== 'SUBMITTED') return null;
  return selfAnswersOf(invitation.assessment.subjectId);
}

/**
 * The self-ratings a rater may see across several invitations of theirs (as
 * read with `raterInvitations`): `revealedSelfAnswers` for each, on its own
 * assessment. Null when none reveals anything.
 */
export function revealedSelfAnswersAcross(invitations: readonly (Parameters<typeof revealedSelfAnswers>[0] & { assessmentId: string })[]) {
  const revealed = invitations.flatMap((invitation) => {
    const where = revealedSelfAnswers(invitation);
    return where ? [{ ...where, assessmentId: invitation.assessmentId }] : [];
  });
  return revealed.length === 0 ? null : ({ OR: revealed } satisfies Prisma.AssessmentAnswerWhereInput);
}

/**
 * Implied by the join on the invitation, and said outright for the planner:
 * without it Postgres walked the whole invitation index, self-ratings (null)
 * included, to merge with the invitations (100 ms on 110,000 answers; 1.5 ms
 * with it).
 */
const RATERS_ONLY = { invitationId: { not: null } } satisfies Prisma.AssessmentAnswerWhereInput;

/**
 * The raters' ratings the subject may read on one assessment of theirs: only
 * once that assessment is submitted, and only from raters who have
 * submitted. Never a draft.
 */
export function revealedRaterAnswers(viewer: Viewer, assessmentId: string) {
  const across = revealedRaterAnswersAcross(viewer);
  return { ...across, assessment: { ...across.assessment, id: assessmentId } } satisfies Prisma.AssessmentAnswerWhereInput;
}

/**
 * The same rule as `revealedRaterAnswers` across every assessment of the
 * viewer's: submitted assessments only, and only from raters who submitted.
 */
export function revealedRaterAnswersAcross(viewer: Viewer) {
  return {
    ...RATERS_ONLY,
    assessment: { ...ownAssessments(viewer), status: 'SUBMITTED' },
    invitation: { state: 'SUBMITTED' },
  } satisfies Prisma.AssessmentAnswerWhereInput;
}

/** The viewer's self-ratings on the submitted assessments that have at least one submitted rater: what `revealedRaterAnswersAcross` is compared with. */
export function selfAnswersBesideRevealedRatings(viewer: Viewer) {
  return {
    ...ownAnswers(viewer),
    assessment: { ...ownAssessments(viewer), status: 'SUBMITTED', invitations: { some: { state: 'SUBMITTED' } } },
  } satisfies Prisma.AssessmentAnswerWhereInput;
}

/**
 * The raters' ratings a share link shows: only when the subject chose to
 * include others' view in the brief, only on that submitted assessment, and
 * only from raters who have submitted.
 */
export function sharedRaterAnswers(link: SharedSummary) {
  return {
    ...RATERS_ONLY,
    assessmentId: link.assessmentId,
    assessment: { id: link.assessmentId, subjectId: link.subjectId, status: 'SUBMITTED', briefOthers: true },
    invitation: { state: 'SUBMITTED' },
  } satisfies Prisma.AssessmentAnswerWhereInput;
}

/** The one assessment a live share link opens. */
export function sharedAssessment(link: SharedSummary) {
  return { id: link.assessmentId, subjectId: link.subjectId, status: 'SUBMITTED' } satisfies Prisma.AssessmentWhereInput;
}

/**
 * The invitations whose raters the subject may read on one assessment of
 * theirs, for hand-written SQL over "Invitation" (`invitation`) joined to its
 * "Assessment" (`assessment`): the same rule as `revealedRaterAnswers`, for
 * the raters' names, overall comments and ratings (the answers that carry
 * the invitation's id). A withdrawn invitation is never among them.
 */
export function revealedInvitationsSql(viewer: Viewer, assessmentId: string, invitation: string, assessment: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(assessment)}.id = ${assessmentId} AND ${ownAssessmentsSql(viewer, assessment)} AND ${Prisma.raw(assessment)}.status = 'SUBMITTED' AND ${Prisma.raw(invitation)}.state = 'SUBMITTED'`;
}

/** The levels the viewer agreed with someone: those on their own assessments. Only they read and change them. */
export function ownAgreedLevels(viewer: Viewer) {
  return { assessment: ownAssessments(viewer) } satisfies Prisma.AgreedLevelWhereInput;
}

// Email: the worker, not a signed-in viewer, reads what an email shows. It
// reaches one person's data through the job it is sending, whose account the
// job names (`MailSubject`), and nothing else.

/** The viewer's emails in the queue: those sent to them, or for them (an invitation). */
export function ownEmailJobs(viewer: Viewer) {
  return { userId: viewer.id } satisfies Prisma.EmailJobWhereInput;
}

/** Whose an invitation's email is: the subject who sent it. */
export function invitationSender(viewer: Viewer) {
  return { userId: viewer.id };
}

/**
 * Whose email the worker is writing: the account a job names. A reminder or
 * digest reads that account's review date and goals as its calendar feed
 * does, by the same rules.
 */
export type MailSubject = CalendarSubject;
export const mailAccount = calendarAccount;
export const mailGoals = calendarGoals;
export const mailAssessments = calendarAssessments;

export function mailEvidence(subject: MailSubject) {
  return { userId: subject.subjectId } satisfies Prisma.EvidenceEntryWhereInput;
}

/** An invitation the subject sent, for its email: never one on someone else's assessment. */
export function mailInvitation(subject: MailSubject, invitationId: string) {
  return { id: invitationId, assessment: { subjectId: subject.subjectId } } satisfies Prisma.InvitationWhereInput;
}

/**
 * What a valid unsubscribe link for a digest or reminder may change: that one
 * account's setting for that kind, nothing else (see lib/email/unsubscribe-token.ts).
 */
export function unsubscribingAccount(accountId: string) {
  return { id: accountId } satisfies Prisma.UserWhereUniqueInput;
}

/** The invitation email a valid unsubscribe link came in: its recipient's address is what is opted out. */
export function unsubscribingInvitationEmail(jobId: string) {
  return { id: jobId, kind: 'INVITATION' } satisfies Prisma.EmailJobWhereInput;
}

/**
 * The evidence log a share link shows under the brief: its subject's entries,
 * and only while the subject includes them in that assessment's brief.
 */
export function sharedEvidence(link: SharedSummary) {
  return { userId: link.subjectId, user: { assessments: { some: { ...sharedAssessment(link), briefLog: true } } } } satisfies Prisma.EvidenceEntryWhereInput;
}

/** The subject's assessments submitted before `before`: a share link reads only the newest one's date, where the evidence it shows begins. */
export function sharedEarlierAssessments(link: SharedSummary, before: Date) {
  return { subjectId: link.subjectId, status: 'SUBMITTED', submittedAt: { lt: before }, id: { not: link.assessmentId } } satisfies Prisma.AssessmentWhereInput;
}
