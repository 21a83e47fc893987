import { describe, expect, inject, test } from 'vitest';
import { browserForFile } from '../support/journey';
import { visitTwice } from '../support/page-visits';

const baseUrl = inject('baseUrl');

// Pages rendered per request; the prerendered ones are in prerendered-pages.test.ts.
const pages = ['/signin', '/signup'];

function contentSecurityPolicy(response: Response): string {
  const policy = response.headers.get('content-security-policy');
  expect(policy, `Content-Security-Policy on ${response.url}`).toBeTruthy();
  return policy ?? '';
}

function policyNonce(policy: string): string {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, `a nonce in ${policy}`).toBeTruthy();
  return nonce ?? '';
}

function scriptTags(html: string): string[] {
  return html.match(/<script\b[^>]*>/gi) ?? [];
}

async function findStaticScript(): Promise<string> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const src = scriptTags(html)
    .map((tag) => /\ssrc="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1])
    .find((path) => path !== undefined);
  expect(src, 'a /_next/static script on /').toBeDefined();
  return src ?? '';
}

describe('security headers on the built app', () => {
  test.each(pages)('%s gets a nonce CSP, new per request, on every script it serves', async (path) => {
    const seen = (await visitTwice(`${baseUrl}${path}`)).map(({ response, html }) => {
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const policy = contentSecurityPolicy(response);
      expect(policy).toContain("'strict-dynamic'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-eval');
      const nonce = policyNonce(policy);

      const tags = scriptTags(html);
      expect(tags.length).toBeGreaterThan(0);
      // A script without this nonce would be blocked by the browser.
      expect(tags.map((tag) => /\snonce="([^"]*)"/.exec(tag)?.[1])).toEqual(tags.map(() => nonce));
      return nonce;
    });
    expect(seen[0]).not.toBe(seen[1]);
  });

  test.each([
    ['the home page', () => Promise.resolve('/')],
    ['the framework page', () => Promise.resolve('/framework')],
    ['the health route handler', () => Promise.resolve('/api/health')],
    ['a static script', findStaticScript],
  ])('sends the common security headers on %s', async (_name, locate) => {
    const response = await fetch(`${baseUrl}${await locate()}`);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
      'permissions-policy': 'camera=(), microphone=(), geolocation=()',
      // `next start` runs in production mode.
      'strict-transport-security': 'max-age=63072000; includeSubDomains',
    });
  });

  test('puts a CSP on route handlers but leaves static assets to the shared headers', async () => {
    contentSecurityPolicy(await fetch(`${baseUrl}/api/health`));
    const asset = await fetch(`${baseUrl}${await findStaticScript()}`);
    expect(asset.headers.get('content-security-policy')).toBeNull();
  });
});

describe('the policy in a real browser', () => {
  const browser = browserForFile();

  test.each(pages)('runs the scripts of %s without a CSP violation', async (path) => {
    const page = await browser().newPage();
    const cspErrors: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      // Next's client runtime sets `window.next` only once its scripts ran, so
      // this catches blocked scripts whatever the console says.
      const booted = await page.waitForFunction(() => 'next' in window, undefined, { timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      expect(cspErrors).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(booted, 'Next’s client runtime started').toBe(true);
    } finally {
      await page.close();
    }
  });
});
