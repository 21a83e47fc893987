import { z } from 'zod';

/** The shape of a token from `newLinkToken`: 32 random bytes, base64url, 43 characters. */
export function linkTokenSchema(message?: string) {
  return z.string().regex(/^[A-Za-z0-9_-]{43}$/, message);
}
