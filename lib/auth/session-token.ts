import 'server-only';
import { decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { authOptions } from '@/lib/auth/options';
import { sessionCookieName, sessionTokenFrom } from '@/lib/auth/session-cookie-name';

// sub is the user, sid their session's row: both are checked on every request.
const claimsSchema = z.object({ sub: z.string().min(1), sid: z.string().min(1) });
export type SessionClaims = z.infer<typeof claimsSchema>;

/**
 * This request's session claims, or null when there is no token or it does not
 * decrypt, has expired or lacks them. Read with next-auth's own `decode`: its
 * getServerSession would also mint a CSRF token and encrypt a refreshed token
 * on every page, a cookie a server component cannot send back.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const options = authOptions();
  const token = sessionTokenFrom(await cookies(), sessionCookieName(options.useSecureCookies ?? false));
  return token ? decodeSessionClaims(token, options.secret!) : null;
}

/** A tampered, foreign or expired token means signed out, as next-auth treats it. */
export async function decodeSessionClaims(token: string, secret: string): Promise<SessionClaims | null> {
  const payload = await decode({ token, secret }).catch(() => null);
  const claims = claimsSchema.safeParse(payload);
  return claims.success ? claims.data : null;
}
