import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { SessionUser } from '@/lib/auth/session-user';
import { readSessionClaims } from '@/lib/auth/session-token';
import { getSessionState } from '@/lib/data/users';

/**
 * The signed-in user, or null. A token is honoured only while its session
 * version matches the account's, so "sign out everywhere", a password change
 * and account deletion take effect on the next request, not at token expiry.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const account = await getSessionState(claims.sub);
  if (!account || account.sessionVersion !== claims.sv) return null;
  return { id: account.id, email: account.email, name: account.name };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect('/signin');
  return user;
}
