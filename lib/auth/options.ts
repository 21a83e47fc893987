import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { authenticateWithPassword } from '@/lib/auth/authenticate';
import { clientInfo } from '@/lib/auth/client-info';
import { redirectTarget } from '@/lib/auth/redirect-target';
import { ensureAuthSecret } from '@/lib/auth/secret';
import { recordAuditEvent } from '@/lib/data/audit';
import { isDatabaseUnavailable } from '@/lib/data/health';
import { signInWithExternalIdentity } from '@/lib/data/users';
import { env, type Env } from '@/lib/env';
import { UNAVAILABLE_MESSAGE } from '@/lib/http/unavailable-text';

export const OIDC_PROVIDER_ID = 'oidc';
// Short-lived tokens; each one is also checked against the account's session
// version on every request, so ending sessions does not wait for expiry.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

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

type TokenFields = { sub?: string; sv?: number };
type SignedInUser = { id: string; sessionVersion?: number };

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
          throw new Error((await isDatabaseUnavailable()) ? UNAVAILABLE_MESSAGE : 'Could not sign you in just now. Try again.');
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
        const claims = (profile ?? {}) as OidcProfile;
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
        const signedIn = user as SignedInUser;
        signedIn.id = result.user.id;
        signedIn.sessionVersion = result.user.sessionVersion;
        return true;
      },
      // A client chooses callbackUrl; a malformed one must not become a 500.
      redirect({ url, baseUrl }) {
        return redirectTarget(url, baseUrl);
      },
      jwt({ token, user }) {
        const fields = token as typeof token & TokenFields;
        if (user) {
          const signedIn = user as SignedInUser;
          fields.sub = signedIn.id;
          fields.sv = signedIn.sessionVersion ?? 0;
        }
        return fields;
      },
      session({ session, token }) {
        const fields = token as TokenFields;
        return { ...session, user: { ...session.user, id: fields.sub, sv: fields.sv } };
      },
    },
  };
  return cached;
}
