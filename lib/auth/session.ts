import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { SessionUser } from '@/lib/auth/session-user';
import { readSessionClaims } from '@/lib/auth/session-token';
import { findActiveSession, type ActiveSession } from '@/lib/data/sessions';

/**
 * This request's session, or null. A token is honoured only while its
 * session's row is active, so signing out, "sign out everywhere", a password
 * change and account deletion take effect on the next request, not at token expiry.
 */
const getSession = cache(async (): Promise<ActiveSession | null> => {
  const claims = await readSessionClaims();
  return claims ? findActiveSession(claims.sid, claims.sub) : null;
});

export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getSession())?.user ?? null;
}

export async function requireSession(): Promise<ActiveSession> {
  const session = await getSession();
  if (!session) redirect('/signin');
  return session;
}

export async function requireUser(): Promise<SessionUser> {
  return (await requireSession()).user;
}
