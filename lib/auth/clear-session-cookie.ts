import 'server-only';
import { cookies } from 'next/headers';

/** Forgets this browser's session token (both the plain and the __Secure- name). */
export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token']) {
    if (jar.has(name)) jar.delete(name);
  }
}
