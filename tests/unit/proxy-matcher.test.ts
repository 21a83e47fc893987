// Which requests run proxy.ts, and where `/` leads without it: the prerendered
// public pages skip the proxy, and every other page, and any request that may
// carry a server action, still runs it.
import { getRewrittenUrl, unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from 'next/experimental/testing/server';
import { describe, expect, test } from 'vitest';
import nextConfig from '@/next.config';
import { config } from '@/proxy';
import { SESSION_COOKIE_KEYS } from '@/lib/auth/session-cookie-name';
import { ACTION_HEADERS } from '@/lib/http/action-request-guard';
import { frameworkContent } from '@/lib/content/framework-content';

const runsProxy = (url: string, request: { headers?: Record<string, string>; cookies?: Record<string, string> } = {}) =>
  unstable_doesMiddlewareMatch({ config, url: `http://localhost${url}`, nextConfig, ...request });

const itemPages = frameworkContent.sections.flatMap((section) => section.items.map((item) => `/framework/${item.key}`));
const archetypePages = frameworkContent.archetypes.links.map((link) => `/archetypes/${link.key}`);
const PRERENDERED = ['/about', '/framework', ...itemPages, ...archetypePages];

describe('proxy.ts’s matcher', () => {
  test('names exactly the public pages the build prerenders: 11 items and 2 archetypes, from the framework content', () => {
    // A key renamed in the content but not here would leave the old address skipping the proxy, with no page and no CSP.
    const [pages] = config.matcher;
    expect(typeof pages).toBe('string');
    const named = (prefix: string) => new RegExp(`${prefix}/\\(\\?:([a-z-|]+)\\)\\$`).exec(typeof pages === 'string' ? pages : '')?.[1]?.split('|').sort();
    expect(named('framework')).toEqual(itemPages.map((page) => page.split('/')[2]).sort());
    expect(named('archetypes')).toEqual(archetypePages.map((page) => page.split('/')[2]).sort());
    expect(itemPages).toHaveLength(11);
    expect(archetypePages).toHaveLength(2);
  });

  test.each(PRERENDERED)('%s, served as built, does not run the proxy', (path) => {
    expect(runsProxy(path)).toBe(false);
  });

  test('nor does / without a session cookie', () => {
    expect(runsProxy('/')).toBe(false);
    expect(runsProxy('/', { cookies: { 'next-auth.csrf-token': 'x' } })).toBe(false);
  });

  test.each(SESSION_COOKIE_KEYS)('/ with a %s cookie (the dashboard) runs it', (key) => {
    expect(runsProxy('/', { cookies: { [key]: 'token' } })).toBe(true);
  });

  test.each([
    '/assessments',
    '/assessments/a1/gaps',
    '/account',
    '/api/health',
    '/shared/token',
    // Not prerendered: a key the content does not have renders its 404 per request, with a nonce.
    '/framework/not-an-item',
    '/framework/managing-managers/more',
    '/framework/',
    '/archetypes/cto',
    '/about/more',
    '/frameworks',
    '/bench/static',
  ])('%s runs it', (path) => {
    expect(runsProxy(path)).toBe(true);
  });

  test.each([
    ['next-action', 'abc123'],
    ['content-type', 'multipart/form-data; boundary=x'],
    ['content-type', 'application/x-www-form-urlencoded'],
    ['origin', 'https://elsewhere.example'],
  ] satisfies [(typeof ACTION_HEADERS)[number], string][])('a request with %s: %s runs it on every page, prerendered or not', (header, value) => {
    for (const path of ['/', ...PRERENDERED, '/assessments']) expect(runsProxy(path, { headers: { [header]: value } })).toBe(true);
  });

  test('static files do not run it', () => {
    for (const path of ['/_next/static/chunks/app.js', '/_next/image', '/favicon.ico']) expect(runsProxy(path, { headers: { 'next-action': 'x' } })).toBe(false);
  });
});

describe('next.config.ts’s rewrite of /', () => {
  const served = async (cookies?: Record<string, string>) =>
    getRewrittenUrl(await unstable_getResponseFromNextConfig({ url: 'http://localhost/', nextConfig, cookies }));

  test('without a session cookie, / is the prerendered landing page', async () => {
    expect(await served()).toBe('http://localhost/about');
    expect(await served({ 'next-auth.csrf-token': 'x' })).toBe('http://localhost/about');
  });

  test.each(SESSION_COOKIE_KEYS)('with a %s cookie it is left to the dashboard', async (key) => {
    expect(await served({ [key]: 'token' })).toBeNull();
  });

  test.each(ACTION_HEADERS)('a request with a %s header, which may carry a server action, is not rewritten: the action runs where it was posted', async (header) => {
    const response = await unstable_getResponseFromNextConfig({ url: 'http://localhost/', nextConfig, headers: { [header]: 'x' } });
    expect(getRewrittenUrl(response)).toBeNull();
  });
});
