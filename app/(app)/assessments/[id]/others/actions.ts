'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/actions/validated-action';
import { createInvitation, extendInvitation, renewInvitationLink, withdrawInvitation } from '@/lib/data/invitations';
import { formatDate } from '@/lib/format/dates';
import { emailIsOn } from '@/lib/email/config';
import { CHECK_FIELDS_MESSAGE, type ActionResult } from '@/lib/validation/action-result';
import { createInvitationSchema, extendInvitationSchema, invitationRefSchema } from '@/lib/validation/invitation';
import { INVITATIONS_PER_ASSESSMENT } from '@/lib/validation/limits';

/** A link shown once: only its hash is kept. */
export type InvitationLink = { path: string; expiresAt: Date | null; emailedTo?: string };
export type InvitationLinkResult = ActionResult<InvitationLink | undefined>;

const NOT_FOUND = 'This assessment or invitation does not exist.';
const othersPath = (assessmentId: string) => `/assessments/${assessmentId}/others`;

export const createInvitationAction = validatedAction(
  createInvitationSchema,
  async (input, viewer): Promise<InvitationLinkResult> => {
    if (input.email && !emailIsOn()) {
      return {
        ok: false,
        reason: 'invalid',
        message: CHECK_FIELDS_MESSAGE,
        fieldErrors: { email: ['Headway cannot send email on this server: leave the address empty and copy the link instead.'] },
        values: { note: input.note, email: input.email },
      };
    }
    const outcome = await createInvitation(viewer, input);
    if (outcome.kind === 'not-found') return { ok: false, reason: 'not-found', message: NOT_FOUND };
    if (outcome.kind === 'limit') {
      return {
        ok: false,
        message: `You can ask at most ${INVITATIONS_PER_ASSESSMENT} people per assessment. Withdraw an invitation to ask someone else.`,
        values: { note: input.note, ...(input.email ? { email: input.email } : {}) },
      };
    }
    revalidatePath(othersPath(input.assessmentId));
    return { ok: true, data: { path: `/invitations/${outcome.token}`, expiresAt: outcome.expiresAt, ...(input.email ? { emailedTo: input.email } : {}) } };
  },
  { echo: ['note', 'email'] },
);

export const renewInvitationLinkAction = validatedAction(
  invitationRefSchema,
  async ({ assessmentId, invitationId }, viewer): Promise<InvitationLinkResult> => {
    const token = await renewInvitationLink(viewer, invitationId);
    if (!token) return { ok: false, reason: 'not-found', message: 'Only an invitation nobody has accepted yet gets a new link.' };
    revalidatePath(othersPath(assessmentId));
    return { ok: true, message: 'New link made: the old one no longer works.', data: { path: `/invitations/${token}`, expiresAt: null } };
  },
  { invalid: NOT_FOUND },
);

export const extendInvitationAction = validatedAction(
  extendInvitationSchema,
  async ({ assessmentId, invitationId, days }, viewer) => {
    const expiresAt = await extendInvitation(viewer, invitationId, days);
    if (!expiresAt) return { ok: false, reason: 'not-found', message: 'Only an invitation that is open or being rated can be extended.' };
    revalidatePath(othersPath(assessmentId));
    return { ok: true, message: `Extended: open until ${formatDate(expiresAt)}.` };
  },
);

export const withdrawInvitationAction = validatedAction(
  invitationRefSchema,
  async ({ assessmentId, invitationId }, viewer) => {
    if (!(await withdrawInvitation(viewer, invitationId))) return { ok: false, reason: 'not-found', message: NOT_FOUND };
    revalidatePath(othersPath(assessmentId));
    return { ok: true, message: 'Withdrawn: the link no longer opens anything, and nothing they rated will be shown.' };
  },
  { invalid: NOT_FOUND },
);
