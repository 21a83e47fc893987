import { describe, expect, test } from 'vitest';
import { buildContentSecurityPolicy, buildSecurityHeaders } from '@/lib/security/headers';

const nonce = 'MzE0MTU5MjYtNTM1OC05Nzkz';

/** Directive name → its sources, as a browser reads the header. */
function parseDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  const production = parseDirectives(buildContentSecurityPolicy({ nonce, isDev: false }));
  const development = parseDirectives(buildContentSecurityPolicy({ nonce, isDev: true }));

  test('allows scripts only by this request’s nonce, and what they load', () => {
    expect(production.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  });

  test.each([
    ['default-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['upgrade-insecure-requests', []],
  ])('sets %s to %j in production', (directive, sources) => {
    expect(production.get(directive)).toEqual(sources);
  });

  test.each([
    ['production', false, false],
    ['development', true, true],
  ])('in %s, allows eval: %s', (_mode, isDev, allowsEval) => {
    const policy = buildContentSecurityPolicy({ nonce, isDev });
    expect(policy.includes("'unsafe-eval'")).toBe(allowsEval);
  });

  test('in development, keeps the nonce and does not upgrade the plain-http dev server', () => {
    expect(development.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(development.has('upgrade-insecure-requests')).toBe(false);
  });

  test('uses a fresh nonce for each call', () => {
    const other = parseDirectives(buildContentSecurityPolicy({ nonce: 'b3RoZXI=', isDev: false }));
    expect(other.get('script-src')).toContain("'nonce-b3RoZXI='");
    expect(other.get('script-src')).not.toContain(`'nonce-${nonce}'`);
  });
});

describe('buildContentSecurityPolicy for a prerendered page', () => {
  const hashes = ['sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=', 'sha256-dv0JtpxmHXrDI1gjYAA39VMc738BDF21voU1xCV8A70='];
  const byHashes = parseDirectives(buildContentSecurityPolicy({ hashes, isDev: false }));

  test('allows this origin’s scripts and the inline ones with these hashes, and no other', () => {
    expect(byHashes.get('script-src')).toEqual(["'self'", ...hashes.map((hash) => `'${hash}'`)]);
  });

  test('differs from the nonce policy only in script-src', () => {
    const withoutScripts = (policy: Map<string, string[]>) => [...policy].filter(([name]) => name !== 'script-src');
    expect(withoutScripts(byHashes)).toEqual(withoutScripts(parseDirectives(buildContentSecurityPolicy({ nonce, isDev: false }))));
  });

  test('with no inline script, allows only this origin’s', () => {
    expect(parseDirectives(buildContentSecurityPolicy({ hashes: [], isDev: false })).get('script-src')).toEqual(["'self'"]);
  });
});

describe('buildSecurityHeaders', () => {
  test.each([
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
  ])('always sends %s: %s', (key, value) => {
    for (const isProduction of [true, false]) {
      expect(buildSecurityHeaders({ isProduction })).toContainEqual({ key, value });
    }
  });

  test.each([
    [true, [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]],
    [false, []],
  ])('with isProduction=%s, sends HSTS as %j', (isProduction, expected) => {
    const hsts = buildSecurityHeaders({ isProduction }).filter(({ key }) => key === 'Strict-Transport-Security');
    expect(hsts).toEqual(expected);
  });

  test('names each header once', () => {
    const keys = buildSecurityHeaders({ isProduction: true }).map(({ key }) => key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
