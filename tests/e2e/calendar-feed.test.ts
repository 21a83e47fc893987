// The calendar feed as a person uses it: turned on from the account page by
// keyboard, its address copied once and subscribed to by a client with no
// session, replaced, turned off; and the one-off download.
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { PageChecker } from '../support/page-checks';
import { parseCalendar } from '../support/calendar-parse';
import { browserForFile, signUp, waitForContent } from '../support/journey';

const baseUrl = inject('baseUrl');
const browser = browserForFile();
const checker = new PageChecker('calendar-feed');
const GOAL = 'Coach each team lead through one hiring loop';

afterAll(async () => {
  console.log(await checker.writeReport());
});

describe('the calendar feed in the browser', () => {
  test('turned on, subscribed to without a session, replaced and turned off; the download holds the same events', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signUp(page, baseUrl);

    await page.goto(`${baseUrl}/plan/new?item=managing-managers`);
    await page.getByRole('textbox', { name: 'What will you do?' }).fill(GOAL);
    await page.getByRole('textbox', { name: 'How will you know it worked?' }).fill('Two leads run hiring loops on their own');
    await page.getByLabel('Target date').fill('2027-04-30');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.waitForURL(/\/plan\?notice=added#goal-/);
    const goalAnchor = new URL(page.url()).hash;

    await page.goto(`${baseUrl}/account`);
    await waitForContent(page);
    const card = page.getByRole('region', { name: 'Your calendar' });
    // Before anything is made, the page says who can see a feed.
    expect(await card.getByText(/anyone with the feed’s address sees your review date/).count()).toBe(1);
    await card.getByRole('button', { name: 'Turn on a calendar feed' }).focus();
    await page.keyboard.press('Enter');
    const address = card.getByRole('textbox', { name: 'Calendar feed address' });
    await address.waitFor();
    const first = await address.inputValue();
    expect(first).toMatch(new RegExp(`^${baseUrl}/calendar/[A-Za-z0-9_-]{43}$`));
    await card.getByText(/has been on since/).waitFor();
    await checker.check(page, 'Account with a calendar feed');

    // A calendar client: no cookie, just the address.
    const feed = await fetch(first);
    expect(feed.status).toBe(200);
    const { events } = parseCalendar(await feed.text());
    expect(events.map(({ summary, date, url }) => ({ summary, date, url }))).toEqual([
      { summary: `Goal due: ${GOAL}`, date: '2027-04-30', url: `${baseUrl}/plan${goalAnchor}` },
    ]);

    await card.getByRole('button', { name: 'Replace the feed address' }).click();
    await expect.poll(() => address.inputValue()).not.toBe(first);
    const second = await address.inputValue();
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);

    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: 'Download a calendar file (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('headway-calendar.ics');
    const saved = await download.path();
    expect(parseCalendar(await readFile(saved, 'utf8')).events.map((event) => event.uid)).toEqual(events.map((event) => event.uid));

    await card.getByRole('button', { name: 'Turn off the feed' }).click();
    await card.getByText('Calendar feed turned off: its address no longer works.').waitFor();
    expect((await fetch(second)).status).toBe(404);
    await card.getByRole('button', { name: 'Turn on a calendar feed' }).waitFor();
    await context.close();
  });
});
