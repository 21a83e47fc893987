import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import { launchBrowser } from './browser';

export const PASSWORD = 'quartz lantern orbit meadow 42';

export const newEmail = () => `e2e-${randomBytes(4).toString('hex')}@example.com`;

export async function signUp(page: Page, baseUrl: string, email = newEmail()): Promise<string> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${baseUrl}/welcome`);
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

/** The framework's item titles as a person reads them on the form, areas first. */
const [areaSection, behaviourSection] = frameworkContent.sections;
export const AREAS = areaSection!.items.map((item) => item.title);
export const BEHAVIOURS = behaviourSection!.items.map((item) => item.title);

/** One Chromium for a test file: launched before its tests, closed after them. */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is launched in beforeAll: use it inside a test or hook.');
    return browser;
  };
}

/**
 * Starts an assessment from /assess with the button named `button` and waits
 * until the form can save: a click before React hydrates changes a radio but
 * saves nothing. Returns the assessment's id.
 */
export async function startDraft(page: Page, baseUrl: string, button: string | RegExp = 'Start my first assessment'): Promise<string> {
  await page.goto(`${baseUrl}/assess`);
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(/\/assessments\/[^/?]+$/);
  await page.waitForLoadState('networkidle');
  await waitForContent(page);
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}

/** Rates every item at `levels` in form order (0 = no opportunity yet, missing = 3), with `evidence` on the first, and submits. */
/** Rates every item, submits, and returns the submitted assessment's URL (submitting lands on its gaps). */
export async function rateAndSubmit(page: Page, levels: readonly number[], evidence?: string): Promise<string> {
  await waitForContent(page);
  const groups = await page.getByRole('group', { name: 'Where are you today?' }).all();
  for (const [index, group] of groups.entries()) {
    const level = levels[index] ?? 3;
    await (level === 0 ? group.getByRole('radio', { name: 'No opportunity yet' }) : group.getByRole('radio').nth(level - 1)).check();
  }
  if (evidence !== undefined) await itemCard(page, AREAS[0]!).getByLabel('Evidence').fill(evidence);
  await waitForAllSaved(page);
  await page.getByRole('button', { name: 'Submit assessment' }).click();
  await page.waitForURL(/\/gaps\?notice=submitted$/);
  return page.url().replace(/\/gaps\?.*$/, '');
}
