import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { browserForFile, newEmail, PASSWORD, waitForContent } from '../support/journey';
import { PageChecker } from '../support/page-checks';
import { scriptSources } from '../support/page-visits';
import { inlineScriptHashes } from '@/lib/security/inline-script-hashes';

const baseUrl = inject('baseUrl');
const browser = browserForFile();
const checker = new PageChecker('accounts');

afterAll(async () => {
  console.log(`Pages checked with axe:\n${await checker.writeReport()}`);
});

/** Signs up, then opens the account page that the tests here work on. */
async function signUp(page: Page, email: string, password = PASSWORD) {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${baseUrl}/welcome`);
  await page.goto(`${baseUrl}/account`);
  await waitForContent(page);
}

/** A new account's account page, in a page of its own. */
async function signedUpPage() {
  const email = newEmail();
  const page = await browser().newPage();
  await signUp(page, email);
  return { page, email };
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function alertText(page: Page): Promise<string> {
  // Next's route announcer is an empty alert region too: wait for ours, with words in it.
  const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

async function sessionCookie(page: Page) {
  return (await page.context().cookies()).find((cookie) => cookie.name.endsWith('next-auth.session-token'));
}

describe('accounts in the browser', () => {
  test('sign up refuses a guessable password, keeps what was typed, then creates the account', async () => {
    const page = await browser().newPage();
    const email = newEmail();
    await page.goto(`${baseUrl}/signup`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('password1234');
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await alertText(page)).toContain('Choose a stronger password.');
    expect(await page.getByLabel('Email').inputValue()).toBe(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    // A new account lands on the welcome step, which starts the first assessment.
    await page.waitForURL(`${baseUrl}/welcome`);
    await page.getByRole('heading', { name: 'Welcome to Headway', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Start my first assessment' }).count()).toBe(1);
    await page.goto(`${baseUrl}/`);
    await waitForContent(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent(), 'a new user is greeted as new').toBe('Welcome');
    await page.goto(`${baseUrl}/account`);
    // The account page may show its loading skeleton first.
    await page.getByText(`Signed in as ${email}`).waitFor();
    expect(await page.getByText(`Signed in as ${email}`).count()).toBe(1);

    const cookie = await sessionCookie(page);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await page.close();
  });

  test('sign in with a wrong password says so without revealing the account; the right one signs in; sign out ends it', async () => {
    const { page, email } = await signedUpPage();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await sessionCookie(page)).toBeUndefined();

    await signIn(page, email, 'not my password at all');
    const wrong = await alertText(page);
    await signIn(page, newEmail(), PASSWORD);
    const unknown = await alertText(page);
    expect(wrong).toBe('That email and password do not match an account. Check both and try again.');
    expect(unknown).toBe(wrong);

    await signIn(page, email);
    await page.waitForURL(`${baseUrl}/account`);
    await page.goto(`${baseUrl}/account`);
    // The account page streams in behind a skeleton: wait for it before counting.
    await waitForContent(page);
    expect(await page.getByRole('heading', { name: 'Your account', exact: true }).count()).toBe(1);
    await page.close();
  });

  test('sign out works before any script runs: a plain form post', async () => {
    const signedUp = await browser().newPage();
    await signUp(signedUp, newEmail());
    const cookie = await sessionCookie(signedUp);
    await signedUp.close();
    if (!cookie) throw new Error('No session cookie after sign-up');

    const context = await browser().newContext({ javaScriptEnabled: false });
    await context.addCookies([cookie]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/plan`);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(`${baseUrl}/`);
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(1);
    expect(await sessionCookie(page)).toBeUndefined();
    await page.goto(`${baseUrl}/plan`);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await context.close();
  });

  test('signed out, the account page and the data download are refused', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/account`);
    expect(page.url()).toBe(`${baseUrl}/signin`);
    const download = await fetch(`${baseUrl}/account/export`);
    expect(download.status).toBe(401);
    await page.close();
  });

  test('a password change ends the other sessions and keeps this one', async () => {
    const { page: here, email } = await signedUpPage();
    const elsewhere = await (await browser().newContext()).newPage();
    await signIn(elsewhere, email);
    await elsewhere.waitForURL(`${baseUrl}/account`);

    await here.getByLabel('Current password').fill(PASSWORD);
    await here.getByLabel('New password').fill('amber wicket falcon tundra 7');
    await here.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => here.getByRole('status').first().textContent()).toContain('Password changed');

    await here.goto(`${baseUrl}/account`);
    expect(here.url()).toBe(`${baseUrl}/account`);
    await elsewhere.goto(`${baseUrl}/account`);
    expect(elsewhere.url()).toBe(`${baseUrl}/signin`);

    await signIn(elsewhere, email, 'amber wicket falcon tundra 7');
    await elsewhere.waitForURL(`${baseUrl}/account`);
    await here.close();
    await elsewhere.context().close();
  });

  test('sign out everywhere ends every session, a stolen token included', async () => {
    const { page } = await signedUpPage();
    const stolen = (await sessionCookie(page))!;

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL(`${baseUrl}/signin?notice=signed-out-everywhere`);

    const replay = await fetch(`${baseUrl}/account/export`, { headers: { cookie: `${stolen.name}=${stolen.value}` } });
    expect(replay.status).toBe(401);
    await page.close();
  });

  test('download all my data gives one JSON file about me', async () => {
    const { page, email } = await signedUpPage();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download all my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^headway-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile((await download.path()), 'utf8')) as {
      account: { email: string; auditEvents: { type: string }[] };
    };
    expect(data.account.email).toBe(email);
    expect(data.account.auditEvents.map((event) => event.type)).toContain('SIGN_UP');
    expect(JSON.stringify(data)).not.toContain('argon2');
    await page.goto(`${baseUrl}/account`);
    await waitForContent(page);
    expect(await page.getByRole('cell', { name: 'Data downloaded' }).count()).toBe(1);
    await page.close();
  });

  test('deleting the account needs the typed confirmation, then signs out and forgets the address', async () => {
    const { page, email } = await signedUpPage();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expect.poll(() => page.getByText('Type "delete my account" to confirm').count()).toBe(1);
    expect(page.url()).toBe(`${baseUrl}/account`);

    await page.getByLabel('Confirm deletion').fill('delete my account');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL(`${baseUrl}/signin?notice=deleted`);
    await signIn(page, email);
    expect(await alertText(page)).toMatch(/do not match an account/);
    await page.close();
  });

  test('the name changes without a password; the email address needs it, refuses a taken one, and the change is a security event', async () => {
    const [email, taken, moved] = [newEmail(), newEmail(), newEmail()];
    const other = await browser().newPage();
    await signUp(other, taken);
    await other.close();
    // A page of its own context: the axe check opens pages beside it.
    const context = await browser().newContext();
    const page = await context.newPage();
    await signUp(page, email);
    const details = page.getByRole('region', { name: 'Your name and email address' });

    await details.getByRole('textbox', { name: 'Name' }).fill('Ada Lovelace');
    await details.getByRole('button', { name: 'Save name' }).click();
    // Waited for as the page does, not polled against a clock: checking a password takes the server a while.
    await details.getByRole('status').filter({ hasText: 'Name saved.' }).waitFor();
    await page.getByText(`Signed in as ${email} (Ada Lovelace).`).waitFor();
    // A name shows on signed-in pages only: the prerendered public pages are not made again, so their scripts are still the ones their CSP allows.
    for (const path of ['/framework', '/about']) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(scriptSources(response), path).toEqual(["'self'", ...inlineScriptHashes(await response.text()).map((hash) => `'${hash}'`)]);
    }

    const emailForm = details.getByRole('region', { name: 'Email address' });
    await emailForm.getByLabel('New email address').fill(moved);
    await emailForm.getByLabel('Password').fill('not my password at all');
    await emailForm.getByRole('button', { name: 'Change email address' }).click();
    await emailForm.getByText('That is not your current password.').waitFor();
    expect(await emailForm.getByLabel('New email address').inputValue(), 'what was typed stays').toBe(moved);
    expect(await emailForm.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    await checker.check(page, 'Account (email change refused)');

    await emailForm.getByLabel('New email address').fill(taken);
    await emailForm.getByLabel('Password').fill(PASSWORD);
    await emailForm.getByRole('button', { name: 'Change email address' }).click();
    await emailForm.getByText('Another account already uses this address. Choose a different one.').waitFor();

    await emailForm.getByLabel('New email address').fill(moved);
    await emailForm.getByLabel('Password').fill(PASSWORD);
    await emailForm.getByRole('button', { name: 'Change email address' }).click();
    await emailForm.getByRole('status').filter({ hasText: `Your email address is now ${moved}. Use it to sign in from now on.` }).waitFor();
    await page.reload();
    await waitForContent(page);
    expect(await page.getByText(`Signed in as ${moved} (Ada Lovelace).`).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'Email address changed' }).count()).toBe(1);
    await checker.check(page, 'Account (name and email changed)');

    // The old address no longer signs in; the new one does.
    const fresh = await (await browser().newContext()).newPage();
    await signIn(fresh, email);
    expect(await alertText(fresh)).toMatch(/do not match an account/);
    await signIn(fresh, moved);
    await fresh.waitForURL((url) => !url.pathname.startsWith('/signin'));
    await fresh.context().close();
    await context.close();
  });
});
