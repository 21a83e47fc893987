import 'server-only';
import { decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { authOptions } from '@/lib/auth/options';

/** next-auth's session cookie: the __Secure- prefix whenever cookies are secure. */
export const sessionCookieName = (secure: boolean) => `${secure ? '__Secure-' : ''}next-auth.session-token`;

// sub is the user, sid their session's row: both are checked on every request.
const claimsSchema = z.object({ sub: z.string().min(1), sid: z.string().min(1) });
export type SessionClaims = z.infer<typeof claimsSchema>;

type CookieJar = { getAll: () => { name: string; value: string }[] };

/**
 * The token as next-auth stores it: one cookie, or `name.0`, `name.1`… once it
 * outgrows a cookie, joined in suffix order.
 */
export function sessionTokenFrom(jar: CookieJar, name: string): string | undefined {
  const parts = jar
    .getAll()
    .filter((cookie) => cookie.name === name || cookie.name.startsWith(`${name}.`))
    .sort((a, b) => suffix(a.name) - suffix(b.name));
  return parts.length ? parts.map((cookie) => cookie.value).join('') : undefined;
}

const suffix = (name: string) => Number.parseInt(name.split('.').pop() ?? '0', 10) || 0;

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
