// The security headers Headway sends. Pure, so the policy can be unit-tested
// and shared by `proxy.ts` (per-request CSP) and `next.config.ts` (headers on
// every response, static assets included). No `server-only` here: the config
// file imports it outside React's server bundle.

// A page rendered per request gets a nonce; a page prerendered at build time
// cannot, so it gets the hashes of the inline scripts it was built with.
export type ScriptAllowance = { nonce: string } | { hashes: readonly string[] };

export type ContentSecurityPolicyOptions = ScriptAllowance & { isDev: boolean };

export type SecurityHeader = { key: string; value: string };

type Directive = readonly [name: string, ...sources: string[]];

function scriptSources(allowance: ScriptAllowance): string[] {
  // Only scripts carrying this request's nonce run, plus whatever they load
  // ('strict-dynamic').
  if ('nonce' in allowance) return ["'self'", `'nonce-${allowance.nonce}'`, "'strict-dynamic'"];
  // Only the inline scripts the page was built with run. Without
  // 'strict-dynamic', 'self' still holds, so Next's chunks (in the HTML and
  // loaded later) run from this origin and nowhere else.
  return ["'self'", ...allowance.hashes.map((hash) => `'${hash}'`)];
}

export function buildContentSecurityPolicy({ isDev, ...allowance }: ContentSecurityPolicyOptions): string {
  const directives: Directive[] = [
    ['default-src', "'self'"],
    // React's dev tooling needs eval; production never does.
    ['script-src', ...scriptSources(allowance), ...(isDev ? ["'unsafe-eval'"] : [])],
    // Next and recharts set inline styles. A nonce here would make browsers
    // ignore 'unsafe-inline', so styles get none.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    // `next dev` serves plain http on localhost: upgrading would break it.
    ...(isDev ? [] : [['upgrade-insecure-requests'] as const]),
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

export function buildSecurityHeaders({ isProduction }: { isProduction: boolean }): SecurityHeader[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // For browsers without CSP frame-ancestors; the CSP says the same.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    // Browsers ignore HSTS over plain http, but a development server has no
    // business pinning localhost to https.
    ...(isProduction ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}
