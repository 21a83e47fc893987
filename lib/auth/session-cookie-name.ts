// Which cookie holds next-auth's session, and how to read it back. Free of
// server-only imports, so that proxy.ts can tell a visitor who may be signed
// in from one who cannot be.

/** next-auth's session cookie: the __Secure- prefix whenever cookies are secure. */
export const sessionCookieName = (secure: boolean) => `${secure ? '__Secure-' : ''}next-auth.session-token`;

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
 * The cookies whose presence means a visitor may be signed in: the token
 * whole, or its first chunk, under either name. next.config.ts and proxy.ts's
 * matcher decide by them which home page a request gets.
 */
export const SESSION_COOKIE_KEYS = [false, true].flatMap((secure) => [sessionCookieName(secure), `${sessionCookieName(secure)}.0`]);

/** The home page of a visitor without a session: the prerendered landing page. */
export const LANDING_PAGE = '/about';
