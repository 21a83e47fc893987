// The whole journey a new user takes, in one browser, as they would take it.
// Every page it visits is checked with axe (WCAG 2.2 A and AA, light and dark)
// and photographed at 1280×800 and 390×844 into test-results/screenshots/.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { AREAS, BEHAVIOURS, itemCard, newEmail, PASSWORD, browserForFile, waitForAllSaved, waitForContent } from '../support/journey';
import { EXPORT_FORMAT_KEYS } from '@/lib/export/formats';
import { PageChecker } from '../support/page-checks';

const baseUrl = inject('baseUrl');
const browser = browserForFile();
const checker = new PageChecker('journey');

afterAll(async () => {
  console.log(`Pages checked with axe:\n${await checker.writeReport()}`);
});

const EVIDENCE = 'Coached two new managers through their first calibration, October 2026.';
const ASK = 'A quarter leading the platform managers while their head is on leave.';

type Journey = { page: Page; context: BrowserContext; email: string; firstId: string; secondId: string; headline: string };

async function openHomeAndFramework(page: Page) {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Grow from engineering manager to Head of Engineering' }).waitFor();
  await checker.check(page, 'Home (signed out)');
  await page.getByRole('link', { name: 'Read the framework' }).click();
  await page.waitForURL(`${baseUrl}/framework`);
  await page.getByRole('heading', { level: 2, name: 'The rating scale' }).waitFor();
  expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Framework', exact: true }).getAttribute('aria-current')).toBe('page');
  await checker.check(page, 'Framework');
  await page.getByRole('link', { name: /^What each level looks like ?: Managing Managers$/ }).click();
  await page.waitForURL(`${baseUrl}/framework/managing-managers`);
  await page.getByRole('heading', { level: 2, name: 'What each level looks like' }).waitFor();
  expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Framework', exact: true }).getAttribute('aria-current')).toBe('page');
  await checker.check(page, 'Framework item');
  await page.goBack();
  await page.waitForURL(`${baseUrl}/framework`);
}

async function signUpThroughTheForm(page: Page, email: string) {
  await page.getByRole('link', { name: 'Create account', exact: true }).click();
  await page.waitForURL(`${baseUrl}/signup`);
  await checker.check(page, 'Sign up');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${baseUrl}/welcome`);
  await checker.check(page, 'Welcome');
  await page.goto(`${baseUrl}/account`);
  await checker.check(page, 'Account');
  await page.goto(`${baseUrl}/assess`);
  await checker.check(page, 'Assess (no assessments yet)');
  await page.goto(`${baseUrl}/welcome`);
  await waitForContent(page);
}

async function startFirstAssessment(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Start my first assessment' }).click();
  await page.waitForURL(/\/assessments\/[^/?]+$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Half the items by mouse, half by keyboard alone, evidence on two; then a reload finds it all. */
async function rateEveryItem(page: Page) {
  await page.getByText('0 of 11 rated').waitFor();
  await checker.check(page, 'Assessment draft (empty)');
  for (const [index, title] of AREAS.entries()) {
    const card = itemCard(page, title);
    await card.getByRole('radio', { name: `Level ${(index % 3) + 2} ·` }).click();
    await card.getByRole('radio', { name: 'Medium' }).click();
  }
  await itemCard(page, AREAS[0]!).getByLabel('Evidence').fill(EVIDENCE);
  await waitForAllSaved(page);

  // Reload mid-way: the mouse half is all there.
  await page.reload();
  expect(await itemCard(page, AREAS[0]!).getByRole('radio', { name: 'Level 2 · Emerging' }).isChecked()).toBe(true);
  expect(await itemCard(page, AREAS[2]!).getByRole('radio', { name: 'Level 4 ·' }).isChecked()).toBe(true);
  expect(await itemCard(page, AREAS[0]!).getByLabel('Evidence').inputValue()).toBe(EVIDENCE);
  await page.getByText('5 of 11 rated').waitFor();

  // The behaviours by keyboard only: focus reaches the group, Space picks, arrows move.
  for (const [index, title] of BEHAVIOURS.entries()) {
    const card = itemCard(page, title);
    await card.getByRole('radio', { name: 'Level 1 · Not yet' }).focus();
    await page.keyboard.press('Space');
    for (let step = 0; step < index % 3; step++) await page.keyboard.press('ArrowDown');
  }
  await itemCard(page, BEHAVIOURS[1]!).getByLabel('Evidence').fill('Ran a four-week trial of code review assistants with a control team.');
  await waitForAllSaved(page);
  await page.getByText('11 of 11 rated').waitFor();
  await checker.check(page, 'Assessment draft (every item rated)');

  // The navigator lists every item with its state and takes the reader to the one chosen.
  const navigator = page.getByRole('navigation', { name: 'Items' });
  const last = BEHAVIOURS.at(-1)!;
  await navigator.getByRole('link', { name: new RegExp(`^${last} ?, Level \\d · `) }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio');
  expect(await itemCard(page, last).getByRole('radio', { checked: true }).first().evaluate((radio) => radio === document.activeElement)).toBe(true);

  await page.reload();
  expect(await itemCard(page, BEHAVIOURS[2]!).getByRole('radio', { name: 'Level 3 ·' }).isChecked()).toBe(true);
  expect(await itemCard(page, BEHAVIOURS[1]!).getByLabel('Evidence').inputValue()).toMatch(/^Ran a four-week trial/);
}

async function submit(page: Page) {
  await page.getByRole('button', { name: 'Submit assessment' }).click();
  // Submitting lands on the gap view, which says that it worked; the dated assessment is one link back.
  await page.waitForURL(/\/gaps\?notice=submitted$/);
  await page.getByRole('status').filter({ hasText: 'Submitted. This assessment is now dated and frozen' }).waitFor();
  await page.getByRole('link', { name: 'Back to the assessment' }).click();
  await page.getByRole('heading', { level: 1, name: /^Assessment submitted/ }).waitFor();
}

/** The gap view: readiness, priorities, both charts and their text table. Returns the readiness verdict. */
async function seeGaps(page: Page, id: string): Promise<string> {
  await page.getByRole('link', { name: 'See gaps and priorities' }).click();
  await page.waitForURL(`${baseUrl}/assessments/${id}/gaps`);
  // Every item rated: the verdict reads the whole figure, in words, beside the figure and its coverage.
  const readiness = page.getByRole('region', { name: 'Readiness' });
  const headline = (await readiness.getByText(/your targets?\b.*\.$/).first().textContent()) ?? '';
  expect(headline).not.toMatch(/\d|^Over the items you rated/);
  expect(await readiness.getByText('11 of 11 rated', { exact: true }).count()).toBe(1);
  expect(await page.getByRole('heading', { level: 3, name: /^[123]\. / }).count()).toBe(3);
  const figure = page.getByRole('figure', { name: 'Where you are against your targets' });
  // Drawn on the server, both charts are in the page at full width before any script runs.
  for (const chart of ['radar', 'gaps']) {
    const box = await figure.locator(`[data-chart="${chart}"]`).boundingBox();
    expect(box?.width).toBeGreaterThan(200);
  }
  await figure.getByRole('button', { name: 'Show as a table' }).click();
  expect(await figure.getByRole('table').getByRole('row').count()).toBe(12);
  expect(await figure.getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded')).toBe('true');
  await checker.check(page, 'Gaps and priorities');
  return headline;
}

/** From the first priority of the gap view to a goal on the plan, and back to the gap view. */
async function addGoalFromGapView(journey: Journey) {
  const { page, firstId } = journey;
  const priority = page.getByRole('heading', { level: 3, name: /^1\. / });
  const title = ((await priority.textContent()) ?? '').replace(/^1\. /, '').replace(/ \(must-have\)$/, '');
  await page.getByRole('link', { name: `Add a goal for ${title}` }).first().click();
  await page.waitForURL(new RegExp(`/plan/new\\?item=[a-z-]+&from=${firstId}$`));
  await waitForContent(page);
  await checker.check(page, 'New goal');
  await page.getByRole('textbox', { name: 'What will you do?' }).fill('Run a six-week AI pilot with two teams');
  await page.getByRole('textbox', { name: 'How will you know it worked?' }).fill('Both teams report their cycle time and choose whether to keep it');
  await page.getByLabel('Target date').fill('2027-03-31');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.waitForURL(/\/plan\?notice=added/);
  await page.getByRole('article', { name: 'Run a six-week AI pilot with two teams' }).waitFor();
  expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan', exact: true }).getAttribute('aria-current')).toBe('page');
  await checker.check(page, 'Plan');
  await page.getByRole('link', { name: 'Edit “Run a six-week AI pilot with two teams”' }).click();
  await page.waitForURL(/\/plan\/[^/]+\/edit$/);
  await waitForContent(page);
  expect(await page.getByRole('textbox', { name: 'What will you do?' }).inputValue()).toBe('Run a six-week AI pilot with two teams');
  await checker.check(page, 'Edit goal');
  await page.goto(baseUrl);
  await waitForContent(page);
  expect(await page.getByRole('region', { name: 'Goals due soonest' }).getByRole('link', { name: 'Run a six-week AI pilot with two teams' }).count()).toBe(1);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome back');
  await checker.check(page, 'Home (signed in)');
  await page.goto(`${baseUrl}/assessments/${firstId}/gaps`);
  await waitForContent(page);
}

async function exportPdfAndCsv(page: Page, headline: string) {
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  const csv = (await readFile(await csvDownload.path(), 'utf8')).trim().split('\r\n');
  // The columns one by one are the export's contract, checked in tests/integration/summaries.test.ts;
  // here, that the file the browser saves is that table: its header, then one row per item.
  expect(csv[0]).toMatch(/^"Section","Code","Item","Level",.*,"Goals"$/);
  expect(csv).toHaveLength(1 + 11);
  expect(csv.join('\n')).toContain(EVIDENCE);
  // The goal added from the gap view rides along with its item.
  expect(csv.join('\n')).toContain('Run a six-week AI pilot with two teams');

  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
  const pdf = await readFile(await pdfDownload.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', [await pdfDownload.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Development summary');
  // The PDF is for the EM's reader: the gap view's "Most of the way to your targets" reads "… is most of the way to their targets" there.
  const reading = headline.replace(/\s+/g, ' ').split(' across')[0]!.replace(/\byour\b/g, 'their');
  expect(text).toContain(`${reading.charAt(0).toLowerCase()}${reading.slice(1)}`);
}

/** From the gap view to the brief: the reader's page, with what the EM is asking for. */
async function previewTheBrief(page: Page, id: string) {
  await page.getByRole('link', { name: 'Preview the brief and say what you are asking for' }).click();
  await page.waitForURL(`${baseUrl}/assessments/${id}/brief`);
  await waitForContent(page);
  await page.getByLabel('What you are asking for').fill(ASK);
  await page.getByRole('button', { name: 'Save and update the preview' }).click();
  await page.getByRole('status').filter({ hasText: /^Saved\./ }).waitFor();
  await page.getByRole('article', { name: /: development brief$/ }).getByText(ASK).waitFor();
  await checker.check(page, 'Brief preview');
  await page.goto(`${baseUrl}/assessments/${id}/gaps`);
  await waitForContent(page);
}

async function shareOpenAndRevoke(page: Page) {
  await page.getByLabel('Who is it for?').fill('My coach');
  await page.getByRole('button', { name: 'Create a read-only link' }).click();
  const linkField = page.getByLabel('Read-only link');
  await linkField.waitFor();
  const shareUrl = await linkField.inputValue();
  await checker.check(page, 'Gaps with a share link');

  const stranger = await browser().newContext();
  const shared = await stranger.newPage();
  expect((await shared.goto(shareUrl))?.status()).toBe(200);
  await shared.getByText(EVIDENCE).first().waitFor();
  // The share page opens with the brief, the EM's ask in it.
  expect(await shared.getByText(ASK).count()).toBeGreaterThan(0);
  expect(await shared.getByRole('link', { name: 'Account', exact: true }).count()).toBe(0);
  await checker.check(shared, 'Shared summary (signed out)');

  await page.getByRole('button', { name: 'Revoke the link for My coach' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke the link for My coach?' });
  await dialog.waitFor();
  await checker.check(page, 'Revoke dialog');
  await dialog.getByRole('button', { name: 'Revoke link' }).click();
  await page.getByText(/^Revoked /).waitFor();
  expect(await page.getByRole('button', { name: 'Revoke the link for My coach' }).count()).toBe(0);

  const gone = await shared.goto(shareUrl);
  expect(gone?.status()).toBe(404);
  await checker.check(shared, 'Revoked link (404)');
  await stranger.close();
}

async function secondAssessmentFromFirst(page: Page, firstId: string): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress', exact: true }).click();
  await page.waitForURL(`${baseUrl}/progress`);
  await page.getByText('Nothing to compare yet').waitFor();
  await checker.check(page, 'Progress (one assessment)');
  await page.getByRole('link', { name: 'All your assessments' }).click();
  await page.waitForURL(`${baseUrl}/assessments`);
  await checker.check(page, 'History');

  await page.goto(`${baseUrl}/assess`);
  await checker.check(page, 'Assess (after a submission)');
  await page.getByRole('button', { name: 'Start from my last assessment' }).click();
  await page.waitForURL(/\/assessments\/[^/?]+$/);
  const secondId = new URL(page.url()).pathname.split('/').pop()!;
  expect(secondId).not.toBe(firstId);
  expect(await itemCard(page, AREAS[0]!).getByLabel('Evidence').inputValue()).toBe(EVIDENCE);
  await itemCard(page, AREAS[0]!).getByRole('radio', { name: 'Level 4 ·' }).click();
  await itemCard(page, AREAS[0]!).getByLabel('Evidence').fill('Now runs calibration across three teams.');
  await waitForAllSaved(page);
  await submit(page);
  await checker.check(page, 'Assessment submitted');
  return secondId;
}

async function progressAndCompare(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress', exact: true }).click();
  await page.waitForURL(`${baseUrl}/progress`);
  await page.getByText(/^Overall readiness has (risen|fallen) by \d+ points since your first assessment, from \d+% to \d+%\.$/).waitFor();
  const chart = page.getByRole('figure', { name: 'Readiness across your submitted assessments' });
  await chart.locator('svg.recharts-surface').first().waitFor();
  expect(await chart.getByRole('table').getByRole('row').count()).toBe(3);
  await checker.check(page, 'Progress (two assessments)');

  await page.getByRole('button', { name: 'Compare' }).click();
  await page.waitForURL(/\/progress\/compare\?from=.+&to=.+/);
  await waitForContent(page);
  await page.getByText(/^\d+ items? up, \d+ down, \d+ unchanged; readiness [+−]\d+ points?\.$/).waitFor();
  const item = page.getByRole('article', { name: 'Managing Managers' });
  expect(await item.getByRole('definition').allTextContents()).toEqual(['2', '4', '+2 levels']);
  expect(await item.getByText('Up', { exact: true }).count()).toBe(1);
  expect(await item.getByText(EVIDENCE).count()).toBe(1);
  expect(await item.getByText('Now runs calibration across three teams.').count()).toBe(1);
  await checker.check(page, 'Compare');
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(`${baseUrl}/`);
  await page.getByRole('link', { name: 'Sign in' }).waitFor();
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.waitForURL(/\/signin/);
  await checker.check(page, 'Sign in');
}

async function secondUserFindsNothing(journey: Journey) {
  const context = await browser().newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Email').fill(newEmail());
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${baseUrl}/welcome`);

  const { firstId, secondId } = journey;
  for (const path of [
    `/assessments/${firstId}`,
    `/assessments/${secondId}`,
    `/assessments/${firstId}/gaps`,
    `/progress/compare?from=${firstId}&to=${secondId}`,
  ]) {
    expect((await page.goto(`${baseUrl}${path}`))?.status(), path).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  }
  await checker.check(page, 'Not found (another user’s assessment)');
  for (const format of EXPORT_FORMAT_KEYS) {
    expect((await page.request.get(`${baseUrl}/assessments/${firstId}/export/${format}`)).status(), format).toBe(404);
  }

  // Their own pages are empty, and say what to do next.
  await page.goto(`${baseUrl}/assessments`);
  await page.getByRole('heading', { name: 'No assessments yet' }).waitFor();
  await checker.check(page, 'History (empty)');
  await page.goto(`${baseUrl}/progress`);
  await page.getByRole('heading', { name: 'Nothing to track yet' }).waitFor();
  await checker.check(page, 'Progress (empty)');
  await context.close();
}

describe('the whole journey in a real browser', () => {
  test(
    'a new manager assesses, reads the gaps, exports, writes the brief, shares, assesses again and compares; nobody else sees any of it',
    async () => {
      const context = await browser().newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const journey: Journey = { page, context, email: newEmail(), firstId: '', secondId: '', headline: '' };

      await openHomeAndFramework(page);
      await signUpThroughTheForm(page, journey.email);
      journey.firstId = await startFirstAssessment(page);
      await rateEveryItem(page);
      await submit(page);
      await checker.check(page, 'Assessment submitted (first)');
      journey.headline = await seeGaps(page, journey.firstId);
      await addGoalFromGapView(journey);
      await exportPdfAndCsv(page, journey.headline);
      await previewTheBrief(page, journey.firstId);
      await shareOpenAndRevoke(page);
      journey.secondId = await secondAssessmentFromFirst(page, journey.firstId);
      await progressAndCompare(page);
      await signOut(page);
      await secondUserFindsNothing(journey);
      await context.close();
    },
    600_000,
  );
});
