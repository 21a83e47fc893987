import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXPORT_FORMAT_KEYS } from '@/lib/export/formats';
import { rateAndSubmit, signUp, startDraft, browserForFile, waitForContent } from '../support/journey';
import { PageChecker } from '../support/page-checks';

const baseUrl = inject('baseUrl');
const browser = browserForFile();
const checker = new PageChecker('summary');

afterAll(async () => {
  console.log(`Pages checked with axe:\n${await checker.writeReport()}`);
});

const priorityHeadings = (page: Page) => page.getByRole('heading', { level: 3, name: /^\d+\. / }).allTextContents();

/** Switches the measure on the gap view and waits for the result the form shows. */
async function chooseMeasure(page: Page, name: RegExp) {
  const readiness = page.getByRole('region', { name: 'Readiness' });
  await readiness.getByRole('radio', { name }).check();
  await readiness.getByRole('button', { name: 'Use this measure' }).click();
  await readiness.getByRole('status').filter({ hasText: /^Readiness is measured against/ }).waitFor();
}

/** Measure, pin, dismiss and restore on the owner's gap view, each shown as its result. */
async function chooseOnGapView(page: Page) {
  const readiness = page.getByRole('region', { name: 'Readiness' });
  await chooseMeasure(page, /effective in the role/);
  expect(await readiness.getByRole('status').textContent()).toMatch(/^Readiness is measured against “effective in the role”: \d+ targets moved to its levels\.$/);
  expect(await readiness.getByText('Measured against: “effective in the role”.').count()).toBe(1);
  // Level 2 of 4 on Managing Managers: two levels short of a must-have, whatever the average.
  expect(await readiness.getByText('Not yet ready: Managing Managers').count()).toBeGreaterThan(0);
  expect((await priorityHeadings(page))[0]).toBe('1. Managing Managers (must-have)');

  const priorities = page.getByRole('region', { name: 'Your priorities' });
  expect(await priorities.getByText(/^Items you pin come first; items you dismiss are left out/).count()).toBe(1);
  await priorities.getByRole('button', { name: 'Dismiss Managing Managers' }).click();
  await priorities.getByRole('status').filter({ hasText: /^Dismissed: Managing Managers/ }).waitFor();
  expect(await priorityHeadings(page)).not.toContain('1. Managing Managers (must-have)');

  await priorities.getByText(/^Other items below target/).click();
  await priorities.getByRole('button', { name: 'Pin Honest AI conversations in teams' }).click();
  await priorities.getByRole('status').filter({ hasText: /^Pinned: Honest AI conversations in teams/ }).waitFor();
  expect((await priorityHeadings(page))[0]).toBe('1. Honest AI conversations in teams');
  expect(await priorities.getByText('Pinned', { exact: true }).count()).toBe(1);

  await priorities.getByText(/^Dismissed \(1\)/).click();
  await checker.check(page, 'Gaps, measured in role, with a pin and a dismissal');
  await priorities.getByRole('button', { name: 'Restore Managing Managers' }).click();
  await priorities.getByRole('status').filter({ hasText: /^Restored: Managing Managers/ }).waitFor();
  expect((await priorityHeadings(page)).slice(0, 2)).toEqual(['1. Honest AI conversations in teams', '2. Managing Managers (must-have)']);
  await priorities.getByRole('button', { name: 'Unpin Honest AI conversations in teams' }).click();
  await priorities.getByRole('status').filter({ hasText: /^Restored: Honest AI conversations in teams/ }).waitFor();
  expect((await priorityHeadings(page))[0]).toBe('1. Managing Managers (must-have)');
}

describe('gaps, exports, sharing and progress in the browser', () => {
  test('from two submitted assessments to charts, a CSV, a share link and a comparison', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signUp(page, baseUrl);
    await startDraft(page, baseUrl);
    const firstUrl = await rateAndSubmit(page, [2, 3, 1, 4, 2, 3, 0, 2, 5, 3, 2], '=1+1 coached two managers');

    // Submitting lands on the gaps; the page may show its loading skeleton first.
    // The figure is read in words once, over the items rated, beside the figure itself.
    await page.getByText(/^Over the items you rated, [a-z ,:-]+\.$/).waitFor();
    expect(await page.getByText(/^Over the items you rated, [a-z ,:-]+\.$/).count()).toBe(1);
    const priorities = page.getByRole('heading', { level: 3, name: /^[123]\. / });
    // Must-haves first, then the largest gap: Managing Managers is one level below its step-up target of 3, Engineering Culture two.
    expect(await priorities.allTextContents()).toEqual(['1. Managing Managers (must-have)', '2. Engineering Culture', '3. Operating Model and Delivery Health at Scale']);
    // "No opportunity yet" on the evidence item: an opportunity to ask for, with the question to put.
    const opportunities = page.getByRole('region', { name: 'Opportunities to ask for' });
    expect(await opportunities.getByText('Evidence-based view of AI impact').count()).toBe(1);
    expect(await opportunities.getByText(/^Ask:/).count()).toBe(1);
    const readiness = page.getByRole('region', { name: 'Readiness' });
    expect(await readiness.getByText('10 of 11 rated, 1 no opportunity yet', { exact: true }).count()).toBe(1);
    expect(await readiness.getByText(/Measured against the “ready to step up” targets/).count()).toBe(1);
    await chooseOnGapView(page);
    // Without JavaScript the same form posts and the page comes back with its result.
    const plain = await browser().newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    const plainPage = await plain.newPage();
    await plainPage.goto(`${firstUrl}/gaps`);
    await chooseMeasure(plainPage, /ready to step up/);
    expect(await plainPage.getByText('Measured against: “ready to step up”.').count()).toBe(1);
    await plain.close();
    await page.reload();
    await waitForContent(page);
    expect(await priorityHeadings(page)).toEqual(['1. Managing Managers (must-have)', '2. Engineering Culture', '3. Operating Model and Delivery Health at Scale']);

    // The charts draw, and their table is there for screen readers and shown on request.
    const radar = page.getByRole('figure', { name: 'Where you are against your targets' });
    await radar.locator('svg[data-chart="radar"]').waitFor();
    expect(await radar.locator('svg[data-chart="radar"] [data-series]').count()).toBe(2);
    const table = radar.getByRole('table');
    expect(await table.getByRole('row').count()).toBe(12);
    // Visually hidden (a 1-pixel box) until asked for, but in the accessibility tree all along.
    const tableArea = table.locator('xpath=..');
    expect((await tableArea.boundingBox())?.width).toBeLessThanOrEqual(1);
    await radar.getByRole('button', { name: 'Show as a table' }).click();
    expect((await tableArea.boundingBox())?.width).toBeGreaterThan(200);
    expect(await table.getByRole('cell', { name: 'no opportunity yet', exact: true }).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^headway-summary-.+-submitted-[a-z0-9]{8}\.csv$/);
    const csv = await readFile((await download.path()), 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(12);
    expect(csv).toContain(`"'=1+1 coached two managers"`);

    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
    expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfText = execFileSync('pdftotext', ['-layout', (await pdfDownload.path()), '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Development summary');
    expect(pdfText).toContain('=1+1 coached two managers');
    expect(pdfText).not.toContain('DRAFT');

    // Share read-only, open signed out, revoke.
    await page.getByLabel('Who is it for?').fill('My manager');
    await page.getByRole('button', { name: 'Create a read-only link' }).click();
    const linkField = page.getByLabel('Read-only link');
    await linkField.waitFor();
    const shareUrl = await linkField.inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${baseUrl.replace(/[.:/]/g, '\\$&')}/shared/[A-Za-z0-9_-]{43}$`));

    const stranger = await browser().newContext();
    const shared = await stranger.newPage();
    const response = await shared.goto(shareUrl);
    expect(response?.status()).toBe(200);
    expect(await shared.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/);
    expect(await shared.getByText('=1+1 coached two managers').count()).toBe(1);
    expect(await shared.getByRole('link', { name: 'Account', exact: true }).count()).toBe(0);

    await page.reload();
    await page.getByRole('button', { name: 'Revoke the link for My manager' }).click();
    await page.getByRole('dialog', { name: 'Revoke the link for My manager?' }).getByRole('button', { name: 'Revoke link' }).click();
    await page.getByRole('cell', { name: /^Revoked/ }).waitFor();
    expect((await shared.goto(shareUrl))?.status()).toBe(404);
    await stranger.close();

    // A second assessment from the first, then progress and compare.
    await startDraft(page, baseUrl, 'Start from my last assessment');
    expect(page.url()).not.toBe(firstUrl);
    await rateAndSubmit(page, [3, 3, 3, 4, 3, 3, 2, 3, 5, 3, 3], 'Now running calibration across the organisation');

    await page.goto(`${baseUrl}/progress`);
    await waitForContent(page);
    expect(await page.getByText(/^Overall readiness has risen by \d+ points since your first assessment, from \d+% to \d+%\.$/).count()).toBe(1);
    expect(await page.getByText('Readiness over the 10 items rated in both; the newer assessment also rates 1 more, left out of both figures.').count()).toBe(1);
    await checker.check(page, 'Progress');
    await page.getByRole('figure', { name: 'Readiness across your submitted assessments' }).locator('svg.recharts-surface').first().waitFor();
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/\/progress\/compare\?from=.+&to=.+/);
    await waitForContent(page);
    expect(await page.getByText(/^Readiness over the 10 items rated in both; the newer assessment also rates 1 more, left out of both figures\.$/).count()).toBe(1);
    await checker.check(page, 'Compare');
    const item = page.getByRole('article', { name: 'Managing Managers' });
    expect(await item.getByRole('definition').allTextContents()).toEqual(['2', '3', '+1 level']);
    expect(await item.getByText('=1+1 coached two managers').count()).toBe(1);
    expect(await item.getByText('Now running calibration across the organisation').count()).toBe(1);
    await context.close();
  }, 300_000);

  test('another user gets 404 for someone else’s gaps, exports, comparison and item history', async () => {
    const owner = await browser().newContext();
    const ownerPage = await owner.newPage();
    await signUp(ownerPage, baseUrl);
    const id = await startDraft(ownerPage, baseUrl);

    const other = await browser().newContext();
    const otherPage = await other.newPage();
    await signUp(otherPage, baseUrl);
    // The other user has submitted nothing, so no item has a history of theirs.
    for (const path of [`/assessments/${id}/gaps`, `/progress/compare?from=${id}&to=${id}`, '/progress/items/managing-managers']) {
      expect((await otherPage.goto(`${baseUrl}${path}`))?.status(), path).toBe(404);
    }
    for (const format of EXPORT_FORMAT_KEYS) {
      const response = await otherPage.request.get(`${baseUrl}/assessments/${id}/export/${format}`);
      expect(response.status(), format).toBe(404);
    }
    await owner.close();
    await other.close();
  });
});
