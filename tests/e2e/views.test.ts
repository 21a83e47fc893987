// The gap view, compare and each item's history as a reader meets them, at a
// laptop's and a phone's width: charts name their items and stay legible at
// 390 px, strengths are named, compare fits a phone and opens with its
// summary, and an item's history is the owner's alone.
import { afterAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile, rateAndSubmit, signUp, startDraft, waitForContent } from '../support/journey';
import { PageChecker } from '../support/page-checks';

const baseUrl = inject('baseUrl');
const browser = browserForFile();
const checker = new PageChecker('views');
const PHONE = { width: 390, height: 844 };
const EVIDENCE = 'Coached two new managers through their first calibration.';

afterAll(async () => {
  console.log(`Pages checked with axe:\n${await checker.writeReport()}`);
});

type Box = { left: number; right: number; top: number; bottom: number };

/** The radar's box and each item label's box, as the browser lays them out, and the size its labels are drawn at. */
async function radarLabels(page: Page) {
  return page.locator('svg[data-chart="radar"]').evaluate((element) => {
    const svg = element as SVGSVGElement;
    const box = (rect: DOMRect) => ({ left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
    const labels = [...svg.querySelectorAll('[data-labels] text')].map((text) => ({
      text: [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
      box: box(text.getBoundingClientRect()),
      // The label size in the drawing times the drawing's scale on screen: what the reader sees.
      pixels: Number(text.parentElement?.getAttribute('font-size')) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width),
    }));
    return { svg: box(svg.getBoundingClientRect()), labels };
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function expectLegibleRadar(page: Page) {
  const { svg, labels } = await radarLabels(page);
  expect(labels).toHaveLength(11);
  for (const label of labels) {
    expect(label.text).not.toMatch(/^[A-Z]\d$/);
    // Inside the drawing, so no label is clipped, and large enough to read.
    expect(label.box.left, label.text).toBeGreaterThanOrEqual(svg.left);
    expect(label.box.right, label.text).toBeLessThanOrEqual(svg.right);
    expect(label.box.top, label.text).toBeGreaterThanOrEqual(svg.top);
    expect(label.box.bottom, label.text).toBeLessThanOrEqual(svg.bottom);
    expect(label.pixels, label.text).toBeGreaterThanOrEqual(11);
  }
  for (const [index, label] of labels.entries()) {
    for (const other of labels.slice(index + 1)) expect(overlaps(label.box, other.box), `${label.text} / ${other.text}`).toBe(false);
  }
}

async function noSidewaysScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('the gap view, compare and item history', () => {
  test('charts name items and fit a phone, strengths are named, compare opens with its summary, and each item has its history', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signUp(page, baseUrl);
    await startDraft(page, baseUrl);
    // Managing Managers (a must-have) one level below its step-up target; Engineering Culture and two behaviours above theirs.
    const firstUrl = await rateAndSubmit(page, [2, 3, 4, 3, 2, 4, 2, 3, 2, 2, 2], EVIDENCE);
    await waitForContent(page);

    // The gap view: the verdict in words, strengths named, the charts labelled with names.
    const readiness = page.getByRole('region', { name: 'Readiness' });
    expect(await readiness.getByText(/^[A-Z][a-z ,:-]+\.$/).first().textContent()).not.toMatch(/\d/);
    const strengths = page.getByRole('region', { name: 'Strengths' });
    expect(await strengths.getByText('Engineering Culture', { exact: true }).count()).toBe(1);
    expect(await strengths.getByText('AI adoption strategy', { exact: true }).count()).toBe(1);
    const figure = page.getByRole('figure', { name: 'Where you are against your targets' });
    expect(await figure.locator('[data-chart="gaps"]').getByText('Managing managers', { exact: true }).count()).toBe(1);
    await expectLegibleRadar(page);
    await page.setViewportSize(PHONE);
    await expectLegibleRadar(page);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await checker.check(page, 'Gaps with strengths and named charts');

    // A second assessment the same day, from the first: Managing Managers up, Engineering Culture down.
    await startDraft(page, baseUrl, 'Start from my last assessment');
    await rateAndSubmit(page, [4, 3, 3, 3, 2, 4, 2, 3, 2, 2, 3]);
    await waitForContent(page);

    // Progress names the two by date and time, since they share a day.
    await page.goto(`${baseUrl}/progress`);
    await waitForContent(page);
    const options = await page.getByLabel('Earlier assessment').locator('option').allTextContents();
    expect(options).toHaveLength(2);
    for (const option of options) expect(option).toMatch(/^\d{1,2} \w+ \d{4}, \d{2}:\d{2}(:\d{2})? UTC \(/);
    expect(new Set(options).size).toBe(2);

    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/\/progress\/compare\?from=.+&to=.+/);
    await waitForContent(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^.+ UTC compared with .+ UTC$/);
    await page.getByText(/^2 items up, 1 down, 8 unchanged; readiness [+−]\d+ points?\.$/).waitFor();
    const managing = page.getByRole('article', { name: 'Managing Managers' });
    expect(await managing.getByRole('definition').allTextContents()).toEqual(['2', '4', '+2 levels']);
    expect(await managing.getByText('Up', { exact: true }).count()).toBe(1);
    // The evidence was carried over unchanged: folded, and there on demand.
    const folded = managing.getByText(EVIDENCE);
    expect(await folded.isVisible()).toBe(false);
    await managing.getByText('Evidence, unchanged').click();
    expect(await folded.isVisible()).toBe(true);
    expect(await page.getByRole('article', { name: 'Engineering Culture' }).getByText('Down', { exact: true }).count()).toBe(1);
    expect(await page.locator('article[data-changed]').count()).toBe(3);
    await page.setViewportSize(PHONE);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await checker.check(page, 'Compare with a summary');

    // From the gap view to one item's history: both assessments, a chart and its table.
    await page.goto(`${firstUrl}/gaps`);
    await waitForContent(page);
    await page.getByRole('link', { name: 'How Managing Managers moved' }).click();
    await page.waitForURL(`${baseUrl}/progress/items/managing-managers`);
    await waitForContent(page);
    const history = page.getByRole('figure', { name: 'Your level of Managing Managers over time' });
    expect(await history.locator('svg[data-chart="item-history"] circle').count()).toBe(2);
    const rows = history.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).getByRole('cell').allTextContents()).toEqual(['2', '3', '–']);
    expect(await rows.nth(2).getByRole('cell').allTextContents()).toEqual(['4', '3', '+2 levels']);
    await page.setViewportSize(PHONE);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await checker.check(page, 'Item history');

    // Someone else, with nothing submitted, finds no history of the item.
    const other = await browser().newContext();
    const otherPage = await other.newPage();
    await signUp(otherPage, baseUrl);
    expect((await otherPage.goto(`${baseUrl}/progress/items/managing-managers`))?.status()).toBe(404);
    await other.close();
    await context.close();
  }, 300_000);
});
