import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { AREAS, BEHAVIOURS, itemCard, signUp, startDraft, browserForFile, waitForAllSaved, waitForContent } from '../support/journey';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

/** Starts a draft and gives its address. */
async function startDraftAt(page: Page, button?: RegExp) {
  return `${baseUrl}/assessments/${await startDraft(page, baseUrl, button)}`;
}

/** A new account's draft, opened in a browser context of its own, so a test can open more tabs beside it. */
async function draftInOwnContext() {
  const context = await browser().newContext();
  const page = await context.newPage();
  await signUp(page, baseUrl);
  return { context, page, url: await startDraftAt(page) };
}

describe('self-assessment in the browser', () => {
  test('rate every item by mouse and keyboard, find it all after a reload, submit, and start again from it', async () => {
    const page = await browser().newPage();
    await signUp(page, baseUrl);
    const draftUrl = await startDraftAt(page);
    expect(await page.getByText('0 of 11 rated').count()).toBe(1);

    // The areas by mouse.
    for (const [index, title] of AREAS.entries()) {
      const card = itemCard(page, title);
      await card.getByRole('radio', { name: `Level ${(index % 3) + 2}`, exact: false }).first().click();
      await card.getByRole('radio', { name: 'Medium' }).click();
    }
    await itemCard(page, AREAS[0]!).getByLabel('Evidence').fill('Coached two new managers through calibration, Oct 2026.\nSee https://wiki.example/calibration <script>alert(1)</script>');

    // The behaviours by keyboard only: focus the first level, then Space and arrow keys.
    for (const title of BEHAVIOURS.slice(0, 4)) {
      const card = itemCard(page, title);
      await card.getByRole('radio', { name: 'Level 1 · Not yet' }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
    }
    await itemCard(page, BEHAVIOURS[4]!).getByRole('radio', { name: 'No opportunity yet' }).check();
    await waitForAllSaved(page);
    expect(await page.getByText('10 of 11 rated').count()).toBe(1);

    await page.reload();
    expect(await itemCard(page, AREAS[0]!).getByRole('radio', { name: 'Level 2 · Emerging' }).isChecked()).toBe(true);
    expect(await itemCard(page, AREAS[0]!).getByLabel('Evidence').inputValue()).toBe(
      'Coached two new managers through calibration, Oct 2026.\nSee https://wiki.example/calibration <script>alert(1)</script>',
    );
    expect(await itemCard(page, BEHAVIOURS[0]!).getByRole('radio', { name: 'Level 2 · Emerging' }).isChecked()).toBe(true);
    expect(await itemCard(page, BEHAVIOURS[4]!).getByRole('radio', { name: 'No opportunity yet' }).isChecked()).toBe(true);

    // Submitting with an unrated item needs it named.
    await page.getByRole('button', { name: 'Submit assessment' }).click();
    await page.getByRole('alert').filter({ hasText: '1 item is not rated yet' }).waitFor();
    expect(page.url()).toBe(draftUrl);
    await page.getByRole('checkbox', { name: 'Leave “AI regulation and liability awareness” unrated' }).check();
    await page.getByRole('button', { name: 'Submit assessment' }).click();
    // Submitting lands on the gap view, which says that it worked.
    await page.waitForURL(`${draftUrl}/gaps?notice=submitted`);
    await page.getByRole('status').filter({ hasText: 'Submitted. This assessment is now dated and frozen' }).waitFor();
    await page.goto(draftUrl);
    await page.getByRole('heading', { level: 1, name: /^Assessment submitted/ }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: /^Assessment submitted/ }).count()).toBe(1);
    // Evidence is shown exactly as written, as text.
    expect(await page.getByText('<script>alert(1)</script>', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('radio').count()).toBe(0);

    await page.goto(`${baseUrl}/assessments`);
    // React may reveal the streamed list just after the load event.
    await waitForContent(page);
    const rows = page.getByRole('row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toMatch(/Submitted.*10 of 11/);

    const nextUrl = await startDraftAt(page, /Start from my last assessment/);
    expect(nextUrl).not.toBe(draftUrl);
    expect(await itemCard(page, AREAS[0]!).getByLabel('Evidence').inputValue()).toMatch(/^Coached two new managers/);
    await page.close();
  });

  test('two tabs on one draft: the stale save is refused and the person chooses, losing neither text', async () => {
    const { context, page: first, url } = await draftInOwnContext();
    const second = await context.newPage();
    await second.goto(url);

    await itemCard(first, AREAS[1]!).getByLabel('Evidence').fill('Written in the first tab');
    await waitForAllSaved(first);
    await itemCard(second, AREAS[1]!).getByLabel('Evidence').fill('Written in the second tab');

    const conflict = itemCard(second, AREAS[1]!).getByRole('alert');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Written in the first tab');
    expect(await conflict.textContent()).toContain('Written in the second tab');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await waitForAllSaved(second);

    await first.reload();
    expect(await itemCard(first, AREAS[1]!).getByLabel('Evidence').inputValue()).toBe('Written in the second tab');
    await context.close();
  });

  test('without JavaScript, the form still saves', async () => {
    const { context, url } = await draftInOwnContext();
    const noScript = await browser().newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    const plain = await noScript.newPage();
    await plain.goto(url);
    await itemCard(plain, AREAS[2]!).getByRole('radio', { name: 'Level 3 · Developing' }).check();
    await itemCard(plain, AREAS[2]!).getByLabel('Evidence').fill('Saved without JavaScript');
    await plain.getByRole('button', { name: 'Save answers' }).click();
    await plain.waitForURL(`${url}?notice=saved`);
    expect(await itemCard(plain, AREAS[2]!).getByLabel('Evidence').inputValue()).toBe('Saved without JavaScript');
    expect(await itemCard(plain, AREAS[2]!).getByRole('radio', { name: 'Level 3 · Developing' }).isChecked()).toBe(true);
    await noScript.close();
    await context.close();
  });

  test('another user gets "not found" for someone else’s assessment', async () => {
    const owner = await browser().newPage();
    await signUp(owner, baseUrl);
    const url = await startDraftAt(owner);
    const otherContext = await browser().newContext();
    const other = await otherContext.newPage();
    await signUp(other, baseUrl);
    const response = await other.goto(url);
    expect(response?.status()).toBe(404);
    await owner.close();
    await otherContext.close();
  });
});
