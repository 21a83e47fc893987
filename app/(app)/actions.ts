'use server';

import { redirect } from 'next/navigation';
import { clearSessionCookie } from '@/lib/auth/clear-session-cookie';
import { readSessionClaims } from '@/lib/auth/session-token';
import { endSession } from '@/lib/data/sessions';

/**
 * Signs this browser out: ends its session, so a copy of the cookie stops
 * working too, and forgets the cookie. While the database is out of reach the
 * cookie is still forgotten; the session then ends at its idle timeout.
 */
export async function signOut(): Promise<void> {
  const claims = await readSessionClaims();
  if (claims) {
    await endSession({ id: claims.sub }, claims.sid).catch((error: unknown) => console.error('signOut', error));
  }
  await clearSessionCookie();
  redirect('/');
}
