'use server';

import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/actions/validated-action';
import { acceptInvitation } from '@/lib/data/invitations';
import { acceptInvitationSchema } from '@/lib/validation/invitation';

const NOT_FOUND = 'This invitation does not exist, has been withdrawn or has expired.';

export const acceptInvitationAction = validatedAction(
  acceptInvitationSchema,
  async ({ token }, viewer) => {
    const outcome = await acceptInvitation(viewer, token);
    switch (outcome.kind) {
      case 'accepted':
      case 'already-yours':
        return redirect(`/rate/${outcome.invitationId}`);
      case 'used':
        return { ok: false, message: 'This invitation has already been accepted by another account. Each link works once: ask the person who sent it for a new one.' };
      case 'self':
        return { ok: false, message: 'This is an invitation to rate you: you cannot rate yourself. Send the link to the person it is for.' };
      case 'duplicate':
        return { ok: false, message: 'You are already rating this person on this assessment through another invitation.' };
      case 'not-found':
        return { ok: false, reason: 'not-found', message: NOT_FOUND };
    }
  },
  { invalid: NOT_FOUND },
);
