import 'server-only';
import {
  acceptedBy,
  openInvitation,
  ownAssessment,
  ownInvitation,
  invitationSender,
  ownInvitations,
  ratingBy,
  type Viewer,
} from '@/lib/data/access';
import { enqueueEmails } from '@/lib/data/email-jobs';
import { db } from '@/lib/db/db';
import { hashLinkToken, newLinkToken } from '@/lib/security/link-token';
import { Prisma } from '@/lib/generated/prisma/client';
import { invitationStatus, isNamedRole, type InvitationRow, type RaterRole } from '@/lib/domain/others-view';
import { frameworkTarget, DEFAULT_MEASURE } from '@/lib/domain/targets';
import { INVITATIONS_PER_ASSESSMENT } from '@/lib/validation/limits';
import type { CreateInvitationInput } from '@/lib/validation/invitation';

const DAY_MS = 24 * 60 * 60 * 1000;

export type CreateInvitationOutcome =
  | { kind: 'created'; id: string; token: string; expiresAt: Date }
  | { kind: 'limit' }
  | { kind: 'not-found' };

/**
 * Invites someone to rate the viewer on one assessment of theirs (draft or
 * submitted). The token is returned once and only its hash is kept. At most
 * INVITATIONS_PER_ASSESSMENT invitations that are not withdrawn: the count
 * and the insert run under a lock on the assessment, so two tabs cannot both
 * take the last place.
 */
export async function createInvitation(viewer: Viewer, input: CreateInvitationInput, now = new Date()): Promise<CreateInvitationOutcome> {
  return db().$transaction(async (tx) => {
    const assessment = await tx.assessment.findFirst({ where: ownAssessment(viewer, input.assessmentId), select: { id: true } });
    if (!assessment) return { kind: 'not-found' } as const;
    await tx.$queryRaw`SELECT id FROM "Assessment" WHERE id = ${assessment.id} FOR UPDATE`;
    const taken = await tx.invitation.count({ where: { ...ownInvitations(viewer), assessmentId: assessment.id, state: { not: 'WITHDRAWN' } } });
    if (taken >= INVITATIONS_PER_ASSESSMENT) return { kind: 'limit' } as const;
    const token = newLinkToken();
    const expiresAt = new Date(now.getTime() + input.days * DAY_MS);
    const created = await tx.invitation.create({
      data: { assessmentId: assessment.id, role: input.role, note: input.note, tokenHash: hashLinkToken(token), expiresAt },
      select: { id: true },
    });
    if (input.email) {
      // The link is shown once and only its hash is kept, so the email's job
      // must carry the token itself until it is sent. That is no more than the
      // email will hold, in the same database whose copy would not open it
      // otherwise; the worker deletes it from the job as soon as the email is
      // sent or given up, and only the subject can make it (they could copy
      // the link anyway).
      await enqueueEmails([{ kind: 'INVITATION', ...invitationSender(viewer), dedupeKey: `invitation:${created.id}`, payload: { invitationId: created.id, to: input.email, token } }], tx);
    }
    return { kind: 'created', id: created.id, token, expiresAt } as const;
  });
}


/** The invitations on one assessment of the viewer's, oldest first; null when the assessment is not theirs. */
export async function listInvitations(viewer: Viewer, assessmentId: string, now = new Date()) {
  const assessment = await db().assessment.findFirst({
    where: ownAssessment(viewer, assessmentId),
    select: {
      id: true,
      status: true,
      invitations: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          role: true,
          note: true,
          state: true,
          createdAt: true,
          expiresAt: true,
          acceptedAt: true,
          submittedAt: true,
          rater: { select: { name: true, email: true } },
        },
      },
    },
  });
  if (!assessment) return null;
  const invitations: InvitationRow[] = assessment.invitations.map(({ rater, acceptedAt, state, ...invitation }) => ({
    ...invitation,
    status: invitationStatus({ state, expiresAt: invitation.expiresAt }, now),
    rater: !isNamedRole(invitation.role) || !acceptedAt ? null : rater ? rater.name || rater.email : 'Former rater',
  }));
  return { status: assessment.status, invitations };
}

/** Changes one invitation of the viewer's that is not withdrawn; false when there is no such invitation. */
async function updateOwn(viewer: Viewer, invitationId: string, data: Prisma.InvitationUpdateManyMutationInput, extra: Prisma.InvitationWhereInput = {}) {
  const { count } = await db().invitation.updateMany({ where: { ...ownInvitation(viewer, invitationId), state: { not: 'WITHDRAWN' }, ...extra }, data });
  return count === 1;
}

/** A new expiry, `days` from now, for an invitation not yet submitted. */
export async function extendInvitation(viewer: Viewer, invitationId: string, days: number, now = new Date()): Promise<Date | null> {
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  return (await updateOwn(viewer, invitationId, { expiresAt }, { state: { in: ['PENDING', 'ACCEPTED'] } })) ? expiresAt : null;
}

/** Withdrawn, the link and the rater's page answer not-found, and nothing they rated is shown. */
export async function withdrawInvitation(viewer: Viewer, invitationId: string, now = new Date()): Promise<boolean> {
  return updateOwn(viewer, invitationId, { state: 'WITHDRAWN', withdrawnAt: now });
}

/**
 * A new link for an invitation nobody has accepted yet: the old one stops
 * working, since only the new token's hash is kept.
 */
export async function renewInvitationLink(viewer: Viewer, invitationId: string): Promise<string | null> {
  const token = newLinkToken();
  return (await updateOwn(viewer, invitationId, { tokenHash: hashLinkToken(token) }, { state: 'PENDING' })) ? token : null;
}

export type InvitationPreview = {
  id: string;
  subjectName: string;
  role: RaterRole;
  note: string;
  expiresAt: Date;
  /** Whose it is now: nobody's yet, the viewer's, or another account's. */
  holder: 'open' | 'viewer' | 'other';
};

/**
 * What a link opens, for the invitation page: who asked and why. A withdrawn,
 * expired or made-up link is null, told apart from nothing. An accepted one
 * says only that it was used, and by whom only to the account that used it.
 */
export async function previewInvitation(token: string, viewer: Viewer | null, now = new Date()): Promise<InvitationPreview | null> {
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, role: true, note: true, state: true, expiresAt: true, raterId: true, assessment: { select: { subject: { select: { name: true, email: true } } } } },
  });
  if (!invitation || invitation.state === 'WITHDRAWN') return null;
  const holder = invitation.state === 'PENDING' ? 'open' : viewer && invitation.raterId === viewer.id ? 'viewer' : 'other';
  if (invitation.state !== 'SUBMITTED' && invitation.expiresAt <= now) return null;
  const subject = invitation.assessment.subject;
  return { id: invitation.id, subjectName: subject.name || subject.email, role: invitation.role, note: invitation.note, expiresAt: invitation.expiresAt, holder };
}

export type AcceptOutcome =
  | { kind: 'accepted'; invitationId: string }
  | { kind: 'already-yours'; invitationId: string }
  | { kind: 'used' }
  | { kind: 'self' }
  | { kind: 'duplicate' }
  | { kind: 'not-found' };

/**
 * Binds an open invitation to the viewer's account and gives them a blank
 * rating per item of the assessment's framework version. A token works once;
 * the subject cannot rate themselves, and nobody rates one assessment twice.
 */
export async function acceptInvitation(viewer: Viewer, token: string, now = new Date()): Promise<AcceptOutcome> {
  const tokenHash = hashLinkToken(token);
  try {
    return await db().$transaction(async (tx) => {
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash },
        select: {
          id: true,
          state: true,
          expiresAt: true,
          raterId: true,
          assessmentId: true,
          assessment: { select: { subjectId: true, measure: true, frameworkVersion: { select: { items: { select: { id: true, expectedLevel: true, stepUpLevel: true } } } } } },
        },
      });
      if (!invitation || invitation.state === 'WITHDRAWN') return { kind: 'not-found' } as const;
      if (invitation.state !== 'PENDING') return invitation.raterId === viewer.id ? ({ kind: 'already-yours', invitationId: invitation.id } as const) : ({ kind: 'used' } as const);
      if (invitation.expiresAt <= now) return { kind: 'not-found' } as const;
      if (invitation.assessment.subjectId === viewer.id) return { kind: 'self' } as const;
      const { count } = await tx.invitation.updateMany({
        where: { id: invitation.id, ...openInvitation(tokenHash, now) },
        data: { ...acceptedBy(viewer), state: 'ACCEPTED', acceptedAt: now },
      });
      if (count !== 1) return { kind: 'used' } as const;
      const measure = invitation.assessment.measure ?? DEFAULT_MEASURE;
      await tx.assessmentAnswer.createMany({
        data: invitation.assessment.frameworkVersion.items.map((item) => ({
          assessmentId: invitation.assessmentId,
          itemId: item.id,
          ...ratingBy(viewer, invitation.id),
          // A rater sets no target; the column holds the subject's framework target so it is always a level.
          targetLevel: frameworkTarget({ stepUpLevel: item.stepUpLevel, inRoleLevel: item.expectedLevel }, measure),
        })),
      });
      return { kind: 'accepted', invitationId: invitation.id } as const;
    });
  } catch (error) {
    // The viewer already rates this assessment through another invitation.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { kind: 'duplicate' };
    throw error;
  }
}
