// Asking for others' view in the browser: the EM invites a manager, who
// opens the link signed out, signs up through it, accepts and rates. Each
// side is checked for the other's ratings before anything is revealed, and
// every new page is checked with axe in both colour schemes.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { browserForFile, itemCard, newEmail, PASSWORD, signUp, startDraft, waitForAllSaved, AREAS, BEHAVIOURS } from '../support/journey';
import { SCHEMES, seriousViolations } from '../support/page-checks';

const baseUrl = inject('baseUrl');
const browser = browserForFile();
const EM_EVIDENCE = 'The EM’s own evidence, for no rater’s eyes yet';
const RATER_COMMENT = 'Seen leading the re-org with care';
const ITEM = 'Managing Managers';

async function expectAccessible(page: Page, name: string) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const { problems } = await seriousViolations(page);
    expect(problems, `${name} (${scheme})`).toEqual([]);
  }
}

describe('asking a manager for their view', () => {
  test('invite, sign up through the link, rate blind, submit', async () => {
    const em = await (await browser().newContext()).newPage();
    await signUp(em, baseUrl);
    const assessmentId = await startDraft(em, baseUrl);
    const card = itemCard(em, ITEM);
    await card.getByRole('radio', { name: /^Level 4 / }).check();
    await card.getByLabel('Evidence').fill(EM_EVIDENCE);
    await waitForAllSaved(em);

    await em.getByRole('link', { name: 'Ask for others’ view' }).click();
    await em.waitForURL(`${baseUrl}/assessments/${assessmentId}/others`);
    expect(await em.getByRole('heading', { name: 'Who will see what' }).count()).toBe(1);
    await expectAccessible(em, 'others’ view, before inviting');
    await em.getByLabel('Their role').selectOption('MANAGER');
    await em.getByLabel('A note for them (optional)').fill('Please be frank about the re-org.');
    await em.getByRole('button', { name: 'Create an invitation link' }).click();
    const link = await em.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl}/invitations/[A-Za-z0-9_-]{43}$`));
    await expectAccessible(em, 'others’ view, with a link');

    // The manager, signed out in their own browser.
    const rater = await (await browser().newContext()).newPage();
    await rater.goto(link);
    expect(await rater.getByRole('heading', { level: 1 }).textContent()).toMatch(/asks for your view$/);
    expect(await rater.getByText('Please be frank about the re-org.').count()).toBe(1);
    expect(await rater.getByRole('heading', { name: 'Who will see what you write' }).count()).toBe(1);
    await expectAccessible(rater, 'invitation, signed out');
    await rater.getByRole('link', { name: 'Create an account' }).click();
    await rater.getByLabel('Email').fill(newEmail());
    await rater.getByLabel('Password').fill(PASSWORD);
    await rater.getByRole('button', { name: 'Create account' }).click();
    await rater.waitForURL(link);
    await rater.getByRole('button', { name: /^Accept and rate / }).click();
    await rater.waitForURL(/\/rate\/[a-z0-9]+$/);
    const ratePath = new URL(rater.url()).pathname;
    expect(await rater.content()).not.toContain(EM_EVIDENCE);

    const items = [...AREAS, ...BEHAVIOURS];
    for (const title of items) {
      const item = itemCard(rater, title);
      if (title === ITEM) {
        await item.getByRole('radio', { name: /^Level 2 / }).check();
        await item.getByLabel('Comment (optional)').fill(RATER_COMMENT);
      } else {
        await item.getByRole('radio', { name: 'No opportunity to see this' }).check();
      }
    }
    await rater.getByLabel('Overall comment (optional)').fill('A strong year.');
    await waitForAllSaved(rater);
    await expectAccessible(rater, 'rating page');

    // Before anything is submitted, the EM sees only that someone is rating.
    await em.reload();
    expect(await em.getByRole('status').filter({ hasText: '0 of 1 has rated' }).count()).toBe(1);
    expect(await em.content()).not.toContain(RATER_COMMENT);
    expect((await em.goto(`${baseUrl}${ratePath}`))?.status()).toBe(404);

    await rater.getByRole('button', { name: 'Submit ratings' }).click();
    await rater.waitForURL(/notice=submitted/);
    expect(await rater.getByRole('cell', { name: RATER_COMMENT }).count()).toBe(1);
    // The EM has not submitted: the manager still sees nothing of theirs.
    expect(await rater.content()).not.toContain(EM_EVIDENCE);
    await expectAccessible(rater, 'submitted ratings');
    await rater.goto(`${baseUrl}/invitations`);
    expect(await rater.getByRole('link', { name: /see your ratings$/ }).count()).toBe(1);
    await expectAccessible(rater, 'people who asked for your view');

    await em.goto(`${baseUrl}/assessments/${assessmentId}/others`);
    expect(await em.getByRole('status').filter({ hasText: '1 of 1 has rated' }).count()).toBe(1);
    expect(await em.content()).not.toContain(RATER_COMMENT);

    // The link worked once: another account is refused.
    const stranger = await (await browser().newContext()).newPage();
    await signUp(stranger, baseUrl);
    await stranger.goto(link);
    expect(await stranger.getByText('already been accepted by another account').count()).toBe(1);
    // Two people, five pages, each checked in two colour schemes: longer than one page's test.
  }, 400_000);
});
