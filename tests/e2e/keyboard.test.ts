// From sign-in to a submitted assessment with the keyboard alone: Tab,
// Shift+Tab, the arrow keys, Space and Enter, typing only into the field that
// has focus. At every stop the focused element must show a visible focus
// indicator, and focus must never fall back to <body> after an autosave or a
// dialog.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { readFocus, type Focus } from '../support/focus';
import { AREAS, BEHAVIOURS, newEmail, PASSWORD, signUp, browserForFile, waitForAllSaved } from '../support/journey';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

async function expectVisibleFocus(page: Page, context: string): Promise<Focus> {
  const focus = await readFocus(page);
  expect(focus.onBody, `focus fell back to <body> ${context}`).toBe(false);
  expect(focus.visible, `no visible focus indicator on <${focus.tag}> “${focus.name}” ${context}`).toBe(true);
  return focus;
}

/** Presses Tab (or Shift+Tab) until focus satisfies `wanted`, checking that every stop on the way is visible. */
async function tabTo(page: Page, description: string, wanted: (focus: Focus) => boolean, { backwards = false, max = 80 } = {}): Promise<Focus> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await readFocus(page);
    if (!focus.onBody) await expectVisibleFocus(page, `while tabbing to ${description}`);
    if (wanted(focus)) return focus;
  }
  throw new Error(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${description}`);
}

const named = (name: string | RegExp, tag?: string) => (focus: Focus) =>
  (tag === undefined || focus.tag === tag) && (typeof name === 'string' ? focus.name === name : name.test(focus.name));

const ITEMS = [...AREAS, ...BEHAVIOURS];

describe('the keyboard alone', () => {
  test('signs in, rates every item, writes evidence, opens and cancels a dialog, and submits', async () => {
    const email = newEmail();
    const setup = await browser().newContext();
    await signUp(await setup.newPage(), baseUrl, email);
    await setup.close();

    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/signin`);

    // The skip link comes first and is visible when focused; it lands in the main content.
    const skip = await tabTo(page, 'the skip link', named('Skip to content'), { max: 1 });
    expect(skip.tag).toBe('a');
    await page.keyboard.press('Enter');
    await tabTo(page, 'the email field', named('Email', 'input'), { max: 1 });
    await page.keyboard.type(email);
    await tabTo(page, 'the password field', named('Password', 'input'), { max: 1 });
    await page.keyboard.type(PASSWORD);
    await tabTo(page, 'the sign-in button', named('Sign in', 'button'), { max: 1 });
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/account`);

    await tabTo(page, 'Assess in the navigation', named('Assess', 'a'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/assess`);
    await tabTo(page, 'the start button', named('Start my first assessment', 'button'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/assessments\/[^/?]+$/);
    await page.getByText('0 of 11 rated').waitFor();

    // The navigator comes before the items: choosing the first one puts focus on its first level.
    await tabTo(page, 'the navigator’s first entry', (focus) => focus.tag === 'a' && focus.name === `${ITEMS[0]}, Not rated`);
    await page.keyboard.press('Enter');
    expect(await expectVisibleFocus(page, 'after choosing an item in the navigator')).toMatchObject({ within: ITEMS[0], type: 'radio' });
    expect((await readFocus(page)).name).toMatch(/^Level 1 ·/);
    // Back to the list, so the walk below starts at the first item as Tab would reach it.
    await page.keyboard.press('Shift+Tab');

    for (const [index, title] of ITEMS.entries()) {
      // Tab enters a group with nothing chosen at its first option.
      await tabTo(page, `the first level of “${title}”`, (focus) => focus.within === title && focus.type === 'radio' && focus.name.startsWith('Level 1 ·'));
      await page.keyboard.press('Space');
      if (index === ITEMS.length - 1) {
        // Up from the first option wraps round to the last: "No opportunity yet".
        await page.keyboard.press('ArrowUp');
      } else {
        for (let step = 0; step < index % 4; step++) await page.keyboard.press('ArrowDown');
      }
      const chosen = await expectVisibleFocus(page, `after choosing a level for “${title}”`);
      expect(chosen.within).toBe(title);

      if (index === 0) {
        await tabTo(page, 'the confidence choice', (focus) => focus.within === title && focus.type === 'radio' && focus.name === 'Low');
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowRight');
        await tabTo(page, 'the evidence field', (focus) => focus.within === title && focus.tag === 'textarea');
        await page.keyboard.type('Coached two new managers through calibration.');
        await waitForAllSaved(page);
        const afterSave = await expectVisibleFocus(page, 'after the evidence autosaved');
        expect(afterSave.tag).toBe('textarea');
      }
    }
    await waitForAllSaved(page);
    await page.getByText('11 of 11 rated').waitFor();
    // The navigator followed every rating.
    const states = await page.getByRole('navigation', { name: 'Items' }).getByRole('link').allTextContents();
    expect(states).toHaveLength(ITEMS.length);
    for (const [index, title] of ITEMS.entries()) {
      expect(states[index]).toMatch(index === ITEMS.length - 1 ? `${title}, No opportunity yet` : new RegExp(`^${title}, Level \\d · `));
    }
    const afterSaves = await expectVisibleFocus(page, 'after every rating autosaved');
    expect(afterSaves.within).toBe(ITEMS.at(-1));

    // Past the submit button to "Delete draft": the dialog takes focus, keeps it, and gives it back.
    await tabTo(page, 'the submit button', named('Submit assessment', 'button'));
    await tabTo(page, 'the delete button', named('Delete draft', 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Delete this draft?' }).waitFor();
    const first = await expectVisibleFocus(page, 'when the dialog opened');
    expect(first).toMatchObject({ inDialog: true, name: 'Cancel' });
    await page.keyboard.press('Tab');
    expect(await expectVisibleFocus(page, 'inside the dialog')).toMatchObject({ inDialog: true, name: 'Delete draft' });
    await page.keyboard.press('Tab');
    expect(await expectVisibleFocus(page, 'after Tab wrapped inside the dialog')).toMatchObject({ inDialog: true, name: 'Cancel' });
    await page.keyboard.press('Shift+Tab');
    expect(await expectVisibleFocus(page, 'after Shift+Tab wrapped inside the dialog')).toMatchObject({ inDialog: true, name: 'Delete draft' });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await expectVisibleFocus(page, 'after the dialog closed')).toMatchObject({ inDialog: false, tag: 'button', name: 'Delete draft' });

    await tabTo(page, 'the submit button', named('Submit assessment', 'button'), { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/gaps\?notice=submitted$/);
    await page.getByRole('heading', { level: 1, name: 'Gaps and priorities' }).waitFor();
    expect(await page.getByText('Submitted. This assessment is now dated and frozen', { exact: false }).count()).toBe(1);
    await context.close();
  });
});
