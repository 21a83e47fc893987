import 'server-only';
import { encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { authOptions, SESSION_MAX_AGE_SECONDS } from '@/lib/auth/options';
import type { SessionUser } from '@/lib/auth/session-user';
import { sessionCookieName } from '@/lib/auth/session-cookie-name';

/** Gives this browser a session token for a session just started outside next-auth (sign-up). */
export async function issueSessionCookie(user: SessionUser, sessionId: string): Promise<void> {
  const options = authOptions();
  const secure = options.useSecureCookies ?? false;
  const token = await encode({
    secret: options.secret!,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: user.id, sid: sessionId, email: user.email, name: user.name },
  });
  (await cookies()).set(sessionCookieName(secure), token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
