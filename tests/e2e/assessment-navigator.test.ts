// The assessment form's navigator, by keyboard, on a laptop and a phone:
// Tab to it, choose an item, and focus lands on that item's rating, clear of
// the sticky status; the states follow as items are rated. A draft started
// from the last assessment says what each item was rated then.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import { readFocus, type Focus } from '../support/focus';
import { PageChecker } from '../support/page-checks';
import { AREAS, BEHAVIOURS, browserForFile, itemCard, rateAndSubmit, signUp, startDraft, waitForAllSaved } from '../support/journey';

const baseUrl = inject('baseUrl');
const browser = browserForFile();
const checker = new PageChecker('navigator');

afterAll(async () => {
  console.log(`Pages checked with axe:\n${await checker.writeReport()}`);
});

const ITEMS = [...AREAS, ...BEHAVIOURS];
// The first assessment's levels in framework order; 0 is "no opportunity yet".
const FIRST = [3, 0, 2, 4, 5, 1, 3, 2, 4, 3, 2];
const levelName = (level: number) => frameworkContent.scale.find((step) => step.level === level)!.name;
const rated = (level: number) => `Level ${level} · ${levelName(level)}`;
// A check photographs the whole form (over 17,000 px tall) four times and runs axe twice: on a busy machine that takes a minute or more.
const CHECKED_TEST_TIMEOUT = 300_000;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sticky status: the positioned ancestor of the status line. Its box and whether anything could show through it. */
function readStickyStatus(page: Page) {
  return page.evaluate(() => {
    let element: HTMLElement | null = document.querySelector('[role="status"]');
    while (element && getComputedStyle(element).position !== 'sticky') element = element.parentElement;
    if (!element) throw new Error('No sticky element holds the status line.');
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    // Chromium writes an opaque colour as rgb(…) and a translucent one as rgba(…, alpha).
    const alpha = /^rgba\(.*,\s*([\d.]+)\)$/.exec(style.backgroundColor)?.[1];
    return {
      box: { top: rect.top, bottom: rect.bottom, height: rect.height },
      background: style.backgroundColor,
      opaque: alpha === undefined && style.backgroundColor.startsWith('rgb') && (style.backdropFilter === 'none' || style.backdropFilter === ''),
      viewportHeight: window.innerHeight,
    };
  });
}

/** Presses Tab (or Shift+Tab) until focus satisfies `wanted`. */
async function tabTo(page: Page, description: string, wanted: (focus: Focus) => boolean, { backwards = false, max = 60 } = {}): Promise<Focus> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await readFocus(page);
    if (wanted(focus)) return focus;
  }
  throw new Error(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${description}`);
}

const entryFor = (title: string) => (focus: Focus) => focus.tag === 'a' && focus.name.startsWith(`${title},`);

/**
 * The navigator's entry for an item, in whichever navigator is shown. The
 * title and the comma after it are separate boxes, so an accessible name
 * computed from layout may put a space between them.
 */
const entry = (page: Page, title: string) =>
  page.getByRole('navigation', { name: 'Items' }).getByRole('link', { name: new RegExp(`^${escape(title)} ?,`) });

describe('the assessment navigator', () => {
  let draftUrl = '';
  let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;

  // One person with a submitted assessment and a draft started from it.
  beforeAll(async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signUp(page, baseUrl);
    await startDraft(page, baseUrl);
    await rateAndSubmit(page, FIRST);
    draftUrl = `${baseUrl}/assessments/${await startDraft(page, baseUrl, 'Start from my last assessment')}`;
    signedIn = await context.storageState();
    await context.close();
  });

  /** The draft, loaded and ready for the keyboard, at `viewport`. */
  async function openDraft(viewport: { width: number; height: number }) {
    const context = await browser().newContext({ viewport, storageState: signedIn });
    const page = await context.newPage();
    await page.goto(draftUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    return { context, page };
  }

  test('a draft started from the last assessment says what each item was rated then, and the navigator lists every item with its state', async () => {
    const { context, page } = await openDraft({ width: 1280, height: 800 });
    for (const [index, title] of ITEMS.entries()) {
      const level = FIRST[index]!;
      expect(await itemCard(page, title).getByText(`Last time: ${level === 0 ? 'No opportunity yet' : rated(level)}`, { exact: true }).count()).toBe(1);
    }
    // In framework order, with the state copied into the draft.
    const names = await page.getByRole('navigation', { name: 'Items' }).getByRole('link').allTextContents();
    expect(names).toEqual(ITEMS.map((title, index) => `${title}, ${FIRST[index] === 0 ? 'No opportunity yet' : rated(FIRST[index]!)}`));
    await checker.check(page, 'Assessment draft with navigator');
    await context.close();
  }, CHECKED_TEST_TIMEOUT);

  test('at 1280×800, Tab into the side list and choose an item: focus lands on its rating, and the entry follows a new rating', async () => {
    const { context, page } = await openDraft({ width: 1280, height: 800 });
    const wide = ITEMS[6]!;
    await tabTo(page, `the navigator's entry for “${wide}”`, entryFor(wide));
    await page.keyboard.press('Enter');
    const landed = await readFocus(page);
    expect(landed).toMatchObject({ tag: 'input', type: 'radio', checked: true, within: wide });
    expect(landed.name).toMatch(new RegExp(`^${escape(rated(FIRST[6]!))}`));
    expect(landed.box.top).toBeGreaterThanOrEqual((await readStickyStatus(page)).box.bottom);
    await page.keyboard.press('ArrowDown');
    await waitForAllSaved(page);
    await entry(page, wide).filter({ hasText: rated(FIRST[6]! + 1) }).waitFor();
    await context.close();
  });

  test('at 390×844 the sticky status is short and opaque, and an item chosen from "Go to an item" is never under it', async () => {
    const { context, page } = await openDraft({ width: 390, height: 844 });
    const status = await readStickyStatus(page);
    expect(status.box.height, `the sticky status is ${status.box.height}px tall`).toBeLessThanOrEqual(status.viewportHeight * 0.12);
    expect(status.opaque, `the sticky status's background is ${status.background}`).toBe(true);

    const narrow = ITEMS[9]!;
    await tabTo(page, 'the “Go to an item” control', (focus) => focus.tag === 'summary' && focus.name.startsWith('Go to an item'));
    await page.keyboard.press('Enter');
    await tabTo(page, `the entry for “${narrow}”`, entryFor(narrow));
    await page.keyboard.press('Enter');
    const onPhone = await readFocus(page);
    expect(onPhone).toMatchObject({ tag: 'input', type: 'radio', checked: true, within: narrow });
    expect(await page.getByRole('navigation', { name: 'Items' }).count()).toBe(0);
    // Scrolled there, the sticky status (closed again) covers neither the control nor the item's title.
    const after = await readStickyStatus(page);
    expect(after.box.height).toBeLessThanOrEqual(after.viewportHeight * 0.12);
    expect(onPhone.box.top).toBeGreaterThanOrEqual(after.box.bottom);
    const heading = await itemCard(page, narrow).getByRole('heading', { name: narrow }).boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(after.box.bottom);

    // Going back up with Shift+Tab scrolls each control into view below it, never under it.
    for (let presses = 0; presses < 8; presses++) {
      await page.keyboard.press('Shift+Tab');
      const focus = await readFocus(page);
      expect(focus.box.top, `<${focus.tag}> “${focus.name}” in “${focus.within}” is under the sticky status`).toBeGreaterThanOrEqual(
        (await readStickyStatus(page)).box.bottom,
      );
    }

    // Rate the item, then find the new state in the list; Escape closes it and gives focus back.
    await itemCard(page, narrow).getByRole('radio', { name: rated(FIRST[9]!), exact: false }).focus();
    await page.keyboard.press('ArrowUp');
    await waitForAllSaved(page);
    const opener = page.locator('summary').filter({ hasText: 'Go to an item' });
    await opener.click();
    await entry(page, narrow).filter({ hasText: rated(FIRST[9]! - 1) }).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('navigation', { name: 'Items' }).count()).toBe(0);
    expect(await readFocus(page)).toMatchObject({ tag: 'summary', name: 'Go to an item' });

    // Open, as a reviewer sees it on a phone.
    await opener.click();
    await checker.check(page, 'Assessment navigator open on a phone');
    await context.close();
  }, CHECKED_TEST_TIMEOUT);
});
