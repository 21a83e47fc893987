// A real OpenID Connect provider (oidc-provider) on loopback, for signing in
// "through the company" in end-to-end tests. People log in with its built-in
// development screens: a form that takes an account's login and any password,
// then a consent screen.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

export type OidcAccount = { login: string; sub: string; email: string; email_verified: boolean; name: string };
export type OidcServer = { issuer: string; stop: () => Promise<void> };

const NOTICE = /oidc-provider (WARNING|NOTICE)/;

/**
 * oidc-provider warns, rightly, that its in-memory store, its login screens and
 * Node 20 are not for production. All three are the point of a test server, so
 * its own warnings are dropped while it runs; anything else still gets through.
 */
function muteProviderNotices(): () => void {
  const { warn, info } = console;
  const keep =
    (write: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && NOTICE.test(args[0]))) write(...args);
    };
  console.warn = keep(warn);
  console.info = keep(info);
  return () => {
    console.warn = warn;
    console.info = info;
  };
}

export async function startOidcServer(options: {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: OidcAccount[];
}): Promise<OidcServer> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const unmute = muteProviderNotices();
  try {
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: options.clientId,
          client_secret: options.clientSecret,
          redirect_uris: [options.redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          // What next-auth (openid-client) sends unless told otherwise.
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      // next-auth reads the profile from the ID token alone (`idToken: true`), so
      // put the scopes' claims there too, as many company providers do.
      conformIdTokenClaims: false,
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), use: 'sig' }] },
      ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
      features: { devInteractions: { enabled: true } },
      // The login typed on the form is the account id; `sub` is what the app sees.
      findAccount: (_ctx, accountId) => {
        const account = options.accounts.find((candidate) => candidate.login === accountId);
        if (!account) return undefined;
        const { sub, email, email_verified, name } = account;
        return { accountId, claims: () => ({ sub, email, email_verified, name }) };
      },
    });

    const handle = provider.callback();
    const server = createServer((request, response) => void handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => resolve());
    });
    const stop = async () => {
      // Browsers keep connections alive; close them, or `close` waits for them.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      unmute();
    };
    return { issuer, stop };
  } catch (error) {
    unmute();
    throw error;
  }
}
