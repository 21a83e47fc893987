import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { EXPORT_FORMAT_KEYS } from '@/lib/export/formats';
import { rateAndSubmit, signUp, startDraft, browserForFile, waitForContent } from '../support/journey';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

describe('gaps, exports, sharing and progress in the browser', () => {
  test('from two submitted assessments to charts, a CSV, a share link and a comparison', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signUp(page, baseUrl);
    await startDraft(page, baseUrl);
    await rateAndSubmit(page, [2, 3, 1, 4, 2, 3, 0, 2, 5, 3, 2], '=1+1 coached two managers');
    const firstUrl = page.url().replace(/\?.*$/, '');

    await page.getByRole('link', { name: 'See gaps and priorities' }).click();
    await page.waitForURL(`${firstUrl}/gaps`);
    // The page may show its loading skeleton first.
    await page.getByText(/^Overall readiness is \d+% across the 10 items you rated\./).waitFor();
    expect(await page.getByText(/^Overall readiness is \d+% across the 10 items you rated\./).count()).toBe(1);
    const priorities = page.getByRole('heading', { level: 3, name: /^[123]\. / });
    // Must-haves first, then the largest gap: Managing Managers is one level below its step-up target of 3, Engineering Culture two.
    expect(await priorities.allTextContents()).toEqual(['1. Managing Managers (must-have)', '2. Engineering Culture', '3. Operating Model and Delivery Health at Scale']);
    // "No opportunity yet" on the evidence item: an opportunity to ask for, with the question to put.
    const opportunities = page.getByRole('region', { name: 'Opportunities to ask for' });
    expect(await opportunities.getByText('Evidence-based view of AI impact').count()).toBe(1);
    expect(await opportunities.getByText(/^Ask:/).count()).toBe(1);
    const readiness = page.getByRole('region', { name: 'Readiness' });
    expect(await readiness.getByText('Coverage: 10 of 11 rated, 1 no opportunity yet.').count()).toBe(1);
    expect(await readiness.getByText(/Measured against the “ready to step up” targets/).count()).toBe(1);

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
    expect(await page.getByText(/^Overall readiness has risen by \d+ points since your first assessment\.$/).count()).toBe(1);
    await page.getByRole('figure', { name: 'Readiness across your submitted assessments' }).locator('svg.recharts-surface').first().waitFor();
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/\/progress\/compare\?from=.+&to=.+/);
    await waitForContent(page);
    const row = page.getByRole('row', { name: /Managing Managers/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '2',
      '3',
      '+1 level',
      '=1+1 coached two managers',
      'Now running calibration across the organisation',
    ]);
    await context.close();
  });

  test('another user gets 404 for someone else’s gaps, exports and comparison', async () => {
    const owner = await browser().newContext();
    const ownerPage = await owner.newPage();
    await signUp(ownerPage, baseUrl);
    const id = await startDraft(ownerPage, baseUrl);

    const other = await browser().newContext();
    const otherPage = await other.newPage();
    await signUp(otherPage, baseUrl);
    for (const path of [`/assessments/${id}/gaps`, `/progress/compare?from=${id}&to=${id}`]) {
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
