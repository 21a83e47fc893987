import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';

export const PASSWORD = 'quartz lantern orbit meadow 42';

export const newEmail = () => `e2e-${randomBytes(4).toString('hex')}@example.com`;

export async function signUp(page: Page, baseUrl: string, email = newEmail()): Promise<string> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${baseUrl}/account`);
  return email;
}

/** Waits until every change on an assessment page has been saved. */
export async function waitForAllSaved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
}

/** The item's card on the assessment page, found by its heading. */
export function itemCard(page: Page, title: string) {
  return page.getByRole('region', { name: title, exact: true });
}

/**
 * Waits until the page's own content has replaced its loading skeleton (the
 * skeleton has no level-one heading; every page has one).
 */
export async function waitForContent(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}
