import 'server-only';
import { cookies } from 'next/headers';
import { sessionCookieName } from '@/lib/auth/session-cookie-name';

/** Forgets this browser's session token (both the plain and the __Secure- name). */
export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const name of [sessionCookieName(false), sessionCookieName(true)]) {
    if (jar.has(name)) jar.delete(name);
  }
}
