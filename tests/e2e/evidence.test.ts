// The evidence log as a person uses it: two entries logged from the home page
// and the plan, the log grouped by item and by month, an entry edited and one
// deleted after confirming; then, rating an item, the entries are there and
// one goes into the evidence box, saved through autosave across a reload.
import { afterAll, describe, expect, inject, test } from 'vitest';
import { PageChecker } from '../support/page-checks';
import { browserForFile, itemCard, signUp, startDraft, waitForAllSaved, waitForContent } from '../support/journey';

const baseUrl = inject('baseUrl');
const browser = browserForFile();
const checker = new PageChecker('evidence');
const ITEM = 'Managing Managers';
const FIRST = 'Coached Sam through his first hiring loop; he ran the debrief alone';
const SECOND = 'Ran the quarterly calibration with two other managers';
const THROWAWAY = 'Logged by mistake';

afterAll(async () => {
  console.log(await checker.writeReport());
});

describe('the evidence log in the browser', () => {
  test('logged twice, grouped, edited and pruned; offered when rating, added to the evidence box and saved', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await signUp(page, baseUrl);
    const today = new Date().toISOString().slice(0, 10);

    // From the home page, with today's date already in place.
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'Log evidence', exact: true }).click();
    await page.waitForURL(`${baseUrl}/evidence/new`);
    await page.waitForLoadState('networkidle');
    await checker.check(page, 'Log evidence');
    expect(await page.getByRole('region', { name: 'Who will see this' }).textContent()).toContain('Only you.');
    expect(await page.getByLabel('When did it happen?').inputValue()).toBe(today);
    // No item chosen and a link that is not http(s): refused with the reasons, and nothing typed is lost.
    await page.getByLabel('What happened?').fill(FIRST);
    await page.getByLabel('Link (optional)').fill('ftp://example.com/debrief');
    await page.getByRole('button', { name: 'Log evidence' }).click();
    await page.getByText('Choose at least one framework item').waitFor();
    await page.getByText('A link must start with http:// or https://').waitFor();
    expect(await page.getByLabel('What happened?').inputValue()).toBe(FIRST);
    await page.getByRole('checkbox', { name: ITEM }).check();
    await page.getByLabel('Link (optional)').fill('https://example.com/debrief');
    await page.getByRole('button', { name: 'Log evidence' }).click();
    await page.waitForURL(/\/evidence\?notice=added#entry-/);

    // From the plan, on two items and an earlier day.
    await page.goto(`${baseUrl}/plan`);
    await page.getByRole('link', { name: 'Log evidence', exact: true }).click();
    await page.waitForURL(`${baseUrl}/evidence/new`);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('When did it happen?').fill('2026-11-20');
    await page.getByLabel('What happened?').fill(SECOND);
    await page.getByRole('checkbox', { name: ITEM }).check();
    await page.getByRole('checkbox', { name: 'Engineering Culture' }).check();
    await page.getByRole('button', { name: 'Log evidence' }).click();
    await page.waitForURL(/\/evidence\?notice=added#entry-/);
    await waitForContent(page);
    const managing = page.getByRole('region', { name: /^Managing Managers/ });
    expect(await managing.getByRole('article').allTextContents()).toEqual([expect.stringContaining(FIRST), expect.stringContaining(SECOND)]);
    expect(await page.getByRole('region', { name: /^Engineering Culture/ }).getByRole('article').count()).toBe(1);
    await checker.check(page, 'Evidence log by item');
    await page.getByRole('link', { name: 'By month' }).click();
    await page.getByRole('heading', { level: 2, name: /^November 2026/ }).waitFor();
    await checker.check(page, 'Evidence log by month');

    // A third entry, edited, then deleted after confirming.
    await page.goto(`${baseUrl}/evidence/new?item=managing-managers`);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('checkbox', { checked: true }).allTextContents()).toHaveLength(1);
    expect(await page.getByRole('checkbox', { name: ITEM }).isChecked()).toBe(true);
    await page.getByLabel('What happened?').fill(THROWAWAY);
    await page.getByRole('button', { name: 'Log evidence' }).click();
    await page.waitForURL(/\/evidence\?notice=added#entry-/);
    await page.getByRole('link', { name: new RegExp(`^Edit the entry of .*${THROWAWAY}`) }).first().click();
    await page.waitForURL(/\/evidence\/[^/]+\/edit$/);
    await page.waitForLoadState('networkidle');
    await checker.check(page, 'Edit evidence');
    await page.getByLabel('What happened?').fill(`${THROWAWAY}, edited`);
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.waitForURL(/\/evidence\?notice=updated#entry-/);
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: new RegExp(`^Delete the entry of .*${THROWAWAY}, edited`) }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Delete this entry?' });
    await dialog.getByRole('button', { name: 'Delete entry' }).click();
    await page.waitForURL(/notice=deleted/);
    await page.getByText('Entry deleted.').waitFor();
    expect(await page.getByText(THROWAWAY).count()).toBe(0);

    // Rating the item: both entries are there; one goes into the evidence box.
    await startDraft(page, baseUrl);
    const card = itemCard(page, ITEM);
    const logged = card.getByRole('region', { name: 'From your evidence log since your last assessment' });
    expect(await logged.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining(FIRST), expect.stringContaining(SECOND)]);
    await checker.check(page, 'Assessment with logged evidence');
    await logged.getByRole('button', { name: /^Add to evidence\W+the entry of 20 Nov 2026$/ }).click();
    const paragraph = `2026-11-20: ${SECOND}`;
    expect(await card.getByRole('textbox', { name: 'Evidence', exact: true }).inputValue()).toBe(paragraph);
    await waitForAllSaved(page);
    await page.reload();
    await waitForContent(page);
    expect(await itemCard(page, ITEM).getByRole('textbox', { name: 'Evidence', exact: true }).inputValue()).toBe(paragraph);
    expect(await itemCard(page, ITEM).getByText('In your evidence.').count()).toBe(1);
    await context.close();
  });
});
