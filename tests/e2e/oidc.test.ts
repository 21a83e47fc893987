import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';
import { startOidcServer, type OidcAccount, type OidcServer } from '../support/oidc-server';

// The project's shared app runs without SSO; this file starts its own, wired to
// a provider of its own, on ports of its own.
const OIDC_PORT = 3400;
const APP_PORT = 3401;
const PASSWORD = 'quartz lantern orbit meadow 42';

const tag = randomBytes(4).toString('hex');
const newcomer = `new-${tag}@example.com`;
const linked = `linked-${tag}@example.com`;
const unverified = `unverified-${tag}@example.com`;
const accounts: OidcAccount[] = [
  { login: 'newcomer', sub: `sub-new-${tag}`, email: newcomer, email_verified: true, name: 'Nia Newcomer' },
  // Same person, address typed differently at the provider: still the same account.
  { login: 'linked', sub: `sub-linked-${tag}`, email: linked.toUpperCase(), email_verified: true, name: 'Lee Linked' },
  { login: 'unverified', sub: `sub-unverified-${tag}`, email: unverified, email_verified: false, name: 'Uma Unverified' },
];

let oidc: OidcServer | undefined;
let app: AppServer | undefined;
let browser: Browser | undefined;
let appUrl: string;
let issuer: string;

beforeAll(async () => {
  const redirectUri = `http://127.0.0.1:${APP_PORT}/api/auth/callback/oidc`;
  const clientSecret = randomBytes(24).toString('hex');
  oidc = await startOidcServer({ port: OIDC_PORT, clientId: 'headway', clientSecret, redirectUri, accounts });
  app = await startAppServer(APP_PORT, {
    OIDC_ISSUER: oidc.issuer,
    OIDC_CLIENT_ID: 'headway',
    OIDC_CLIENT_SECRET: clientSecret,
    OIDC_NAME: 'Acme SSO',
  });
  appUrl = app.baseUrl;
  issuer = oidc.issuer;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await oidc?.stop();
});

async function newPage(): Promise<Page> {
  // A context of its own: no provider session or app cookie carries over between tests.
  const context = await browser!.newContext();
  return context.newPage();
}

/** Through oidc-provider's development screens: any password, then consent. */
async function signInThroughProvider(page: Page, login: string) {
  await page.goto(`${appUrl}/signin`);
  await page.getByRole('button', { name: 'Sign in with Acme SSO' }).click();
  await page.waitForURL(`${issuer}/interaction/**`);
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function signUp(page: Page, email: string) {
  await page.goto(`${appUrl}/signup`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${appUrl}/welcome`);
}

/** A password account for `email`, signed out again: the company sign-in then meets an account that already exists. */
async function signedOutPasswordAccount(email: string) {
  const page = await newPage();
  await signUp(page, email);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(`${appUrl}/`);
  return page;
}

async function alertText(page: Page): Promise<string> {
  // Next's route announcer is an empty alert region too: wait for ours, with words in it.
  const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

// The account page streams in behind a skeleton: wait for the table before reading it.
async function securityEvents(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: /security events/ });
  await table.waitFor();
  return table.locator('tbody td:first-child').allTextContents();
}

describe('signing in through the company identity provider', () => {
  test('the sign-in page offers it only when it is configured', async () => {
    const page = await newPage();
    await page.goto(`${appUrl}/signin`);
    expect(await page.getByRole('button', { name: 'Sign in with Acme SSO' }).count()).toBe(1);

    await page.goto(`${inject('baseUrl')}/signin`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Sign in with/ }).count()).toBe(0);
    await page.context().close();
  });

  test('a first sign-in creates the account and signs in to it', async () => {
    const page = await newPage();
    await signInThroughProvider(page, 'newcomer');
    await page.waitForURL(`${appUrl}/account`);
    await page.getByText(`Signed in as ${newcomer}`).waitFor();
    expect(await page.getByText(`Signed in as ${newcomer}`).count()).toBe(1);
    expect(await securityEvents(page)).toEqual(['Signed in']);
    await page.context().close();
  });

  test('a verified address links to the existing password account', async () => {
    const page = await signedOutPasswordAccount(linked);

    await signInThroughProvider(page, 'linked');
    await page.waitForURL(`${appUrl}/account`);
    expect(await page.getByText(`Signed in as ${linked}`).count()).toBe(1);
    // The sign-up's event shows this is the same account, not a new one. (Sorted:
    // events from one sign-in can share a timestamp, so their order is not fixed.)
    expect((await securityEvents(page)).sort()).toEqual(['Account created', 'Company sign-in linked', 'Signed in']);
    await page.context().close();
  });

  test('an unverified address does not get into the existing account', async () => {
    const page = await signedOutPasswordAccount(unverified);

    await signInThroughProvider(page, 'unverified');
    await page.waitForURL((url) => url.pathname === '/signin' && url.searchParams.has('error'));
    expect(await alertText(page)).toBe('The identity provider has not verified this email address.');
    const cookies = await page.context().cookies(appUrl);
    expect(cookies.find((cookie) => cookie.name.endsWith('next-auth.session-token'))).toBeUndefined();
    await page.goto(`${appUrl}/account`);
    expect(page.url()).toBe(`${appUrl}/signin`);
    await page.context().close();
  });
});
