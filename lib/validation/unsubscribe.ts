import { z } from 'zod';

export const UNSUBSCRIBE_KINDS = ['digest', 'reminder', 'invitation'] as const;
export type UnsubscribeKind = (typeof UNSUBSCRIBE_KINDS)[number];

/** `<kind>.<id>.<mac>`: the kind of email, whose (an account, or an invitation email's job) and a 43-character HMAC. */
export const unsubscribeTokenSchema = z
  .string()
  .regex(/^(digest|reminder|invitation)\.[a-z0-9]{1,40}\.[A-Za-z0-9_-]{43}$/, 'This unsubscribe link is not valid');

export const unsubscribeSchema = z.object({ token: unsubscribeTokenSchema }).strict();
