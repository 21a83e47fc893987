import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

// A link that is its own permission (a share link, an invitation, a calendar
// feed) carries 32 random bytes; only their hash is stored, so a copy of the
// database opens nothing.

export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
