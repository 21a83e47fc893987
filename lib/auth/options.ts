import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { headers } from 'next/headers';
import { authenticateWithPassword } from '@/lib/auth/authenticate';
import { clientInfo } from '@/lib/auth/client-info';
import { redirectTarget } from '@/lib/auth/redirect-target';
import { SIGN_IN_FAILED } from '@/lib/auth/sign-in-messages';
import { ensureAuthSecret } from '@/lib/auth/secret';
import { recordAuditEvent } from '@/lib/data/audit';
import { isDatabaseUnavailable } from '@/lib/db/health';
import { endSession, findActiveSession, startSession } from '@/lib/data/sessions';
import { signInWithExternalIdentity } from '@/lib/data/users';
import { env, type Env } from '@/lib/env';
import { UNAVAILABLE_MESSAGE } from '@/lib/http/unavailable-text';

export const OIDC_PROVIDER_ID = 'oidc';
// Short-lived tokens; each one also names a session row that is checked on
// every request, so ending a session does not wait for expiry.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Thrown from the jwt callback for a token whose session has ended: next-auth then answers no session and clears the cookie. */
class SessionEndedError extends Error {
  constructor() {
    super('The session has ended.');
  }
}

export function isOidcConfigured(config: Env = env()): boolean {
  return Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET);
}

export function oidcProviderName(config: Env = env()): string {
  return config.OIDC_NAME ?? 'your company account';
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Secure cookies whenever the public URL is HTTPS, and in production unless
 * that URL is set to plain HTTP on this machine: a production server that
 * does not know its URL is most likely behind an HTTPS proxy.
 */
export function wantsSecureCookies(config: Env): boolean {
  const url = config.NEXTAUTH_URL ? new URL(config.NEXTAUTH_URL) : null;
  if (url?.protocol === 'https:') return true;
  if (config.NODE_ENV !== 'production') return false;
  return !(url?.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname));
}

type OidcProfile = { sub: string; email?: string; email_verified?: boolean | string; name?: string; preferred_username?: string };

function oidcProvider(config: Env): OAuthConfig<OidcProfile> {
  const issuer = config.OIDC_ISSUER!.replace(/\/$/, '');
  return {
    id: OIDC_PROVIDER_ID,
    name: oidcProviderName(config),
    type: 'oauth',
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    issuer,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state', 'nonce'],
    profile: (profile) => ({
      id: profile.sub,
      email: profile.email ?? null,
      name: profile.name ?? profile.preferred_username ?? null,
    }),
  };
}

let cached: AuthOptions | undefined;

export function authOptions(): AuthOptions {
  if (cached) return cached;
  const config = env();
  const providers: AuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        const result = await authenticateWithPassword(
          { email: credentials?.email, password: credentials?.password },
          clientInfo(request.headers ?? {}),
        ).catch(async (error: unknown) => {
          // next-auth puts a thrown message in the sign-in page's URL: never the database's own.
          console.error('sign-in', error);
          throw new Error((await isDatabaseUnavailable()) ? UNAVAILABLE_MESSAGE : SIGN_IN_FAILED);
        });
        // next-auth hands a thrown message back to the sign-in form.
        if (!result.ok) throw new Error(result.message);
        return result.user;
      },
    }),
  ];
  if (isOidcConfigured(config)) providers.push(oidcProvider(config));

  cached = {
    secret: ensureAuthSecret(config).secret,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: wantsSecureCookies(config),
    pages: { signIn: '/signin', error: '/signin' },
    providers,
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const claims = profile ?? {};
        const result = await signInWithExternalIdentity({
          provider: OIDC_PROVIDER_ID,
          subject: account.providerAccountId,
          email: claims.email ?? null,
          emailVerified: claims.email_verified === true || claims.email_verified === 'true',
          name: claims.name ?? claims.preferred_username ?? null,
        });
        if (result.outcome === 'refused') return `/signin?error=${encodeURIComponent(result.reason)}`;
        const client = { ip: null, userAgent: null };
        if (result.outcome === 'linked') await recordAuditEvent('ACCOUNT_LINKED', result.user.id, client, OIDC_PROVIDER_ID);
        await recordAuditEvent('SIGN_IN_SUCCEEDED', result.user.id, client, OIDC_PROVIDER_ID);
        // From here on the session belongs to Headway's account, not the provider's subject.
        user.id = result.user.id;
        return true;
      },
      // A client chooses callbackUrl; a malformed one must not become a 500.
      redirect({ url, baseUrl }) {
        return redirectTarget(url, baseUrl);
      },
      // Signing in starts a session row; every later read of the token, next-auth's
      // own /api/auth/session included, passes here and must find it still active.
      async jwt({ token, user }) {
        if (user) {
          return { ...token, sub: user.id, sid: await startSession(user.id, clientInfo(await headers())) };
        }
        const active = token.sub && token.sid ? await findActiveSession(token.sid, token.sub) : null;
        if (!active) throw new SessionEndedError();
        return { ...token, name: active.user.name, email: active.user.email };
      },
      session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub } };
      },
    },
    events: {
      // next-auth's own sign-out endpoint ends the session as the sign-out button does.
      async signOut({ token }) {
        if (token.sub && token.sid) await endSession({ id: token.sub }, token.sid);
      },
    },
    logger: {
      // An ended session is the expected answer, not a fault worth a stack trace.
      error(code, metadata) {
        if (metadata instanceof SessionEndedError) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
  };
  return cached;
}
