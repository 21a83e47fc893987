'use server';

import { redirect } from 'next/navigation';
import { clearSessionCookie } from '@/lib/auth/clear-session-cookie';

/**
 * Signs this browser out. Sessions are signed tokens, so forgetting the cookie
 * is the whole of it: nothing is read or written in the database, and it works
 * while the database is out of reach. "Sign out everywhere" on the account
 * page is the one that ends the other sessions too.
 */
export async function signOut(): Promise<void> {
  await clearSessionCookie();
  redirect('/');
}
