import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ensureAuthSecret } from '@/lib/auth/secret';
import { env } from '@/lib/env';
import { unsubscribeTokenSchema, type UnsubscribeKind } from '@/lib/validation/unsubscribe';

// An unsubscribe link is an HMAC of (kind, id) under a key derived from
// NEXTAUTH_SECRET rather than a random token stored hashed: every email of a
// kind carries the same link for as long as the secret stays, there is
// nothing to store, issue or clean up per email, and the link can do one
// thing only, turn off that kind for that one account (or, for an
// invitation, that one address), since changing either part breaks the MAC.
// Rotating NEXTAUTH_SECRET retires every link sent before; the account page
// still turns each kind off.

export type UnsubscribeTarget = { kind: UnsubscribeKind; id: string };

function mac(kind: UnsubscribeKind, id: string): Buffer {
  const key = createHmac('sha256', ensureAuthSecret(env()).secret).update('headway email unsubscribe').digest();
  return createHmac('sha256', key).update(`${kind}\n${id}`).digest();
}

export function unsubscribeToken(kind: UnsubscribeKind, id: string): string {
  return `${kind}.${id}.${mac(kind, id).toString('base64url')}`;
}

/** What a token unsubscribes from, or null for one this server did not make. */
export function readUnsubscribeToken(token: string): UnsubscribeTarget | null {
  if (!unsubscribeTokenSchema.safeParse(token).success) return null;
  const [kind, id, given] = token.split('.') as [UnsubscribeKind, string, string];
  const expected = mac(kind, id);
  const actual = Buffer.from(given, 'base64url');
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? { kind, id } : null;
}
