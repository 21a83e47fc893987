'use server';

import { validatedPublicAction } from '@/lib/actions/validated-action';
import { unsubscribe } from '@/lib/data/email-settings';
import { readUnsubscribeToken } from '@/lib/email/unsubscribe-token';
import { UNSUBSCRIBE_TEXT } from '@/lib/email/unsubscribe-text';
import { unsubscribeSchema } from '@/lib/validation/unsubscribe';

const NOT_FOUND = 'This unsubscribe link is not valid.';

/** Needs no sign-in: the link's MAC is the permission, for one kind of email of one account or address. */
export const unsubscribeAction = validatedPublicAction(
  unsubscribeSchema,
  async ({ token }) => {
    const target = readUnsubscribeToken(token);
    if (!target || !(await unsubscribe(target))) return { ok: false, reason: 'not-found', message: NOT_FOUND };
    return { ok: true, message: UNSUBSCRIBE_TEXT[target.kind].done };
  },
  { invalid: NOT_FOUND },
);
