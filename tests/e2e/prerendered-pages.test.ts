import http from 'node:http';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { inlineScriptHashes } from '@/lib/security/inline-script-hashes';
import { browserForFile } from '../support/journey';
import { scriptSources, visitTwice } from '../support/page-visits';
import { htmlToText } from '../support/html-text';
import { SESSION_COOKIE, signUpOverHttp } from '../support/http-session';

const baseUrl = inject('baseUrl');

// The same for every visitor, so the build prerenders them; `/` is the landing
// page for anyone without a session cookie.
const PRERENDERED = ['/', '/framework', '/framework/managing-managers', '/archetypes/head-of-engineering', '/archetypes/engineering-manager'];

const LANDING_HEADING = 'Grow from engineering manager to Head of Engineering';

const scriptTags = (html: string) => html.match(/<script\b[^>]*>/gi) ?? [];

/** A bodiless POST with exactly these headers: fetch would add a Content-Type of its own and drop an empty header. */
function rawPost(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { ...headers, 'Content-Length': '0' } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the public pages, signed out', () => {
  test.each(PRERENDERED)('%s is served as built: from Next’s prerender cache, the same bytes every time, with no nonce', async (path) => {
    const visits = await visitTwice(`${baseUrl}${path}`);
    expect(visits.map(({ response }) => response.headers.get('x-nextjs-cache'))).toEqual(['HIT', 'HIT']);
    const [first, second] = visits.map(({ html }) => html);
    expect(first).toBe(second);
    expect(scriptTags(first ?? '').filter((tag) => /\snonce=/.test(tag))).toEqual([]);
  });

  test.each(PRERENDERED)('%s allows exactly its inline scripts by hash, and no nonce, inline or eval', async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    const sources = scriptSources(response);
    const hashes = inlineScriptHashes(await response.text());
    expect(hashes.length).toBeGreaterThan(0);
    expect(sources).toEqual(["'self'", ...hashes.map((hash) => `'${hash}'`)]);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  test.each(PRERENDERED)('%s carries one CSP, the build’s, also when a request to it runs the proxy', async (path) => {
    // An Origin header sends a request through proxy.ts; Next then adds the page's own headers.
    const asked: Record<string, string>[] = [{}, { Origin: baseUrl }];
    for (const headers of asked) {
      const policy = (await fetch(`${baseUrl}${path}`, { headers })).headers.get('content-security-policy') ?? '';
      expect(policy.match(/default-src/g)).toHaveLength(1);
      expect(policy).toMatch(/'sha256-/);
    }
  });

  test('/ is the landing page, as /about is', async () => {
    const [home, about] = await Promise.all(['/', '/about'].map(async (path) => (await fetch(`${baseUrl}${path}`)).text()));
    expect(home).toBe(about);
    expect(htmlToText(home ?? '')).toContain(LANDING_HEADING);
  });

  test.each(PRERENDERED)('%s still runs the proxy’s checks for a request that may carry a server action', async (path) => {
    // Served as built, these pages skip the proxy; a server action can be posted to any page, so one that may carry one does not.
    const fromAnotherSite = { method: 'POST', headers: { Origin: 'https://elsewhere.example' } };
    const withAction = await fetch(`${baseUrl}${path}`, { ...fromAnotherSite, headers: { ...fromAnotherSite.headers, 'Next-Action': 'a'.repeat(42) }, body: '[]' });
    expect(withAction.status).toBe(403);
    const form = new FormData();
    form.set('note', 'x');
    expect((await fetch(`${baseUrl}${path}`, { ...fromAnotherSite, body: form })).status).toBe(403);
  });

  test.each(PRERENDERED)('%s refuses an empty Next-Action with no body, from this site or another, and never with a 500', async (path) => {
    // An empty header is absent to the proxy's matcher; the Origin every browser sends with a POST still brings the request there.
    for (const origin of [undefined, baseUrl, 'https://elsewhere.example']) {
      const status = await rawPost(`${baseUrl}${path}`, { 'Next-Action': '', ...(origin ? { Origin: origin } : {}) });
      expect([400, 403]).toContain(status);
    }
  });
});

describe('the home page with a session cookie', () => {
  test('is the dashboard, rendered per request with a nonce on every script', async () => {
    const { cookie } = await signUpOverHttp(baseUrl);
    const nonces: string[] = [];
    for (let request = 0; request < 2; request++) {
      const response = await fetch(`${baseUrl}/`, { headers: { Cookie: cookie } });
      expect(response.status).toBe(200);
      const sources = scriptSources(response);
      const nonce = sources.find((source) => source.startsWith("'nonce-"))?.slice(7, -1) ?? '';
      expect(nonce).not.toBe('');
      expect(sources).toContain("'strict-dynamic'");
      expect(sources.filter((source) => source.startsWith("'sha256-"))).toEqual([]);
      const html = await response.text();
      expect(htmlToText(html)).not.toContain(LANDING_HEADING);
      expect(html).toMatch(/Sign out/);
      const tags = scriptTags(html);
      expect(tags.map((tag) => /\snonce="([^"]*)"/.exec(tag)?.[1])).toEqual(tags.map(() => nonce));
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test('that names no session still shows the landing page, rendered per request', async () => {
    const response = await fetch(`${baseUrl}/`, { headers: { Cookie: `${SESSION_COOKIE}=not-a-session` } });
    expect(response.status).toBe(200);
    expect(scriptSources(response).some((source) => source.startsWith("'nonce-"))).toBe(true);
    expect(htmlToText(await response.text())).toContain(LANDING_HEADING);
  });
});

type Watched = { violations: string[] };

// Records every CSP violation the page reports, from before its first script runs.
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const watched = window as unknown as Watched;
    watched.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => watched.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return async () => [...(await page.evaluate(() => (window as unknown as Watched).violations)), ...consoleErrors];
}

describe('the public pages in a real browser', () => {
  const browser = browserForFile();

  test.each([
    ['/', 'Read the framework', '/framework', 'Head of Engineering'],
    ['/framework', '→ Head of Engineering Archetype', '/archetypes/head-of-engineering', 'Head of Engineering Archetype'],
    ['/framework', 'Managing Managers', '/framework/managing-managers', 'Managing Managers (must-have)'],
    ['/archetypes/engineering-manager', 'Back to the framework', '/framework', 'Head of Engineering'],
    ['/framework', 'Headway', '/', LANDING_HEADING],
  ])('%s runs its scripts with no CSP violation, and "%s" opens %s without reloading the page', async (path, link, target, heading) => {
    const page = await browser().newPage();
    try {
      const problems = await watchViolations(page);
      expect((await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' }))?.status()).toBe(200);
      await page.waitForFunction(() => 'next' in window, undefined, { timeout: 10_000 });
      // Gone if the browser loads a new document rather than Next's router rendering the next page.
      await page.evaluate(() => Object.assign(window, { stayed: true }));
      await page.getByRole('link', { name: link, exact: true }).first().click();
      await page.waitForURL(`${baseUrl}${target}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      expect(await page.evaluate(() => 'stayed' in window)).toBe(true);
      expect(await problems()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
