// A sign-in link chooses where the person goes once signed in. Whatever it
// says, they stay on Headway: on the server's redirect of someone already
// signed in, and in the browser after the sign-in form.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { HOSTILE_CALLBACKS } from '../support/hostile-callbacks';
import { PASSWORD, signUpOverHttp } from '../support/http-session';

const baseUrl = inject('baseUrl');
const signInLink = (callbackUrl: string) => `${baseUrl}/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`;

let browser: Browser;
let account: { email: string; cookie: string };

beforeAll(async () => {
  browser = await launchBrowser();
  account = await signUpOverHttp(baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

describe('callbackUrl on the sign-in page', () => {
  test('the issue’s own link, as typed: a signed-in visit is redirected to the account page', async () => {
    const response = await fetch(`${baseUrl}/signin?callbackUrl=/%09/evil.example`, { headers: { Cookie: account.cookie }, redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location') ?? '', baseUrl).href).toBe(`${baseUrl}/account`);
  });

  test.each(HOSTILE_CALLBACKS)('signed in, %j redirects (3xx) to a page of this site', async (callbackUrl) => {
    const response = await fetch(signInLink(callbackUrl), { headers: { Cookie: account.cookie }, redirect: 'manual' });
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    const location = response.headers.get('location') ?? '';
    expect(new URL(location, baseUrl).origin).toBe(baseUrl);
  });

  test.each(HOSTILE_CALLBACKS)('signed out, %j shows the sign-in form', async (callbackUrl) => {
    const response = await fetch(signInLink(callbackUrl), { redirect: 'manual' });
    expect(response.status).toBe(200);
  });

  test.each(HOSTILE_CALLBACKS)('in the browser, signing in from a link with %j stays on this site', async (callbackUrl) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(signInLink(callbackUrl));
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.origin !== baseUrl || url.pathname !== '/signin');
    expect(new URL(page.url()).origin).toBe(baseUrl);
    await context.close();
  });
});
