// Below 640 px the main navigation is one "Menu" control with a disclosure:
// it opens by keyboard and without JavaScript, closes after a navigation and
// on Escape, and the header stays one row that never scrolls sideways.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { browserForFile, signUp, waitForContent } from '../support/journey';
import { SCHEMES, seriousViolations } from '../support/page-checks';

const baseUrl = inject('baseUrl');
const browser = browserForFile();
const PHONE = { width: 390, height: 844 };

const menu = (page: Page) => page.getByRole('banner').locator('summary', { hasText: 'Menu' });
const mainLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
const menuIsOpen = (page: Page) => page.getByRole('banner').locator('details').evaluate((details) => (details as HTMLDetailsElement).open);

async function headerFits(page: Page): Promise<void> {
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height, 'the header wrapped onto a second row').toBeLessThan(70);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/** Presses Tab until the focused element is the menu's control. */
async function tabToMenu(page: Page): Promise<void> {
  for (let presses = 0; presses < 10; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')) return;
  }
  throw new Error('Tab never reached the menu');
}

describe('navigation on a phone', () => {
  test('signed in: the keyboard opens the menu, follows a link, and Escape closes it; axe finds nothing in either scheme', async () => {
    const context = await browser().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signUp(page, baseUrl);
    await page.goto(`${baseUrl}/`);
    await waitForContent(page);
    await page.waitForLoadState('networkidle');
    await headerFits(page);
    expect(await mainLink(page, 'Progress').count(), 'the links show before the menu is opened').toBe(0);

    await tabToMenu(page);
    await page.keyboard.press('Enter');
    await mainLink(page, 'Progress').waitFor();
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      const { problems } = await seriousViolations(page);
      expect(problems, `axe with the menu open, ${scheme}`).toEqual([]);
    }

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Assess');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/assess`);
    await waitForContent(page);
    await expect.poll(() => menuIsOpen(page), { message: 'the menu stays open after a navigation' }).toBe(false);

    await menu(page).click();
    expect(await mainLink(page, 'Assess').getAttribute('aria-current')).toBe('page');
    await page.keyboard.press('Escape');
    expect(await menuIsOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await context.close();
  });

  test('signed out, without JavaScript: the menu opens and holds sign-in; "Create account" stays in the header', async () => {
    const context = await browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/framework`);
    await headerFits(page);
    expect(await page.getByRole('banner').getByRole('link', { name: 'Create account' }).isVisible()).toBe(true);
    expect(await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).count()).toBe(0);

    await menu(page).click();
    await mainLink(page, 'Sign in').click();
    await page.waitForURL(`${baseUrl}/signin`);
    await context.close();
  });

  test('on a laptop the links are in the header and there is no menu', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/framework`);
    expect(await menu(page).isVisible()).toBe(false);
    expect(await mainLink(page, 'Framework').getAttribute('aria-current')).toBe('page');
    await context.close();
  });
});
