import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { authOptions } from '@/lib/auth/options';
import type { SessionUser } from '@/lib/auth/session-user';
import { getSessionState } from '@/lib/data/users';

/**
 * The signed-in user, or null. A token is honoured only while its session
 * version matches the account's, so "sign out everywhere", a password change
 * and account deletion take effect on the next request, not at token expiry.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const claims = session?.user as { id?: string; sv?: number } | undefined;
  if (!claims?.id) return null;
  const account = await getSessionState(claims.id);
  if (!account || account.sessionVersion !== claims.sv) return null;
  return { id: account.id, email: account.email, name: account.name };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect('/signin');
  return user;
}
