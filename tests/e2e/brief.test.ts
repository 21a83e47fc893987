import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { AREAS, browserForFile, itemCard, newEmail, PASSWORD, rateAndSubmit, startDraft, waitForContent } from '../support/journey';
import { htmlToText } from '../support/html-text';
import { PageChecker } from '../support/page-checks';

// The brief, as the EM prepares it and as their reader gets it: preview,
// change a choice, and the share page (in the browser and over plain HTTP)
// shows exactly that.
const baseUrl = inject('baseUrl');
const browser = browserForFile();
const checker = new PageChecker('brief');
const SECOND_PERSON_WORDS = /\b(you|your|yours|yourself)\b/i;

const NAME = 'Maya Okafor';
const EVIDENCE = 'Coached two new managers (Tom and Priya) through their first calibration round.';
const ASK = 'Sponsorship for the platform budget review in Q2, and a seat at the quarterly planning offsite.';

afterAll(async () => {
  console.log(`Pages checked with axe:\n${await checker.writeReport()}`);
});

async function signUpAs(page: Page, name: string): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Name (optional)').fill(name);
  await page.getByLabel('Email').fill(newEmail());
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${baseUrl}/welcome`);
}

/** The brief at the top of a shared page, as text, read from its HTML. */
function briefOf(html: string): string {
  const article = /<article[^>]*aria-labelledby="brief-title"[^>]*>[\s\S]*?<\/article>/.exec(html);
  if (!article) throw new Error('The page has no brief.');
  return htmlToText(article[0]).trim();
}

describe('the brief for the reader', () => {
  test('preview, change a choice, and the share page shows what was chosen', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signUpAs(page, NAME);
    const id = await startDraft(page, baseUrl);
    // Managing Managers at its step-up target of 3, with evidence: a strength with a quote.
    await itemCard(page, AREAS[0]!).getByLabel('Evidence').fill(EVIDENCE);
    const assessmentUrl = await rateAndSubmit(page, [3, 2, 4, 2, 2, 3, 3, 2, 2, 3, 2]);
    expect(assessmentUrl).toBe(`${baseUrl}/assessments/${id}`);

    // From the gap view, next to the downloads and sharing.
    await page.getByRole('link', { name: 'Preview the brief and say what you are asking for' }).click();
    await page.waitForURL(`${baseUrl}/assessments/${id}/brief`);
    await waitForContent(page);
    const preview = page.getByRole('article', { name: `${NAME}: development brief` });
    expect(await preview.getByRole('heading', { name: 'Strengths' }).count()).toBe(1);
    expect(await preview.getByText(`“${EVIDENCE}”`).count()).toBe(1);
    expect(await preview.getByRole('heading', { name: `What ${NAME} is asking for` }).count()).toBe(0);
    expect(await page.getByText(/^Who will see it:/).count()).toBe(1);
    await checker.check(page, 'Brief preview');

    // Write the ask, leave the evidence quotes out.
    await page.getByLabel('What you are asking for').fill(ASK);
    await page.getByRole('checkbox', { name: 'Evidence quotes' }).uncheck();
    await page.getByRole('button', { name: 'Save and update the preview' }).click();
    await page.getByRole('status').filter({ hasText: /^Saved\./ }).waitFor();
    await preview.getByRole('heading', { name: `What ${NAME} is asking for` }).waitFor();
    expect(await preview.getByText(ASK).count()).toBe(1);
    expect(await preview.getByText(`“${EVIDENCE}”`).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Evidence quotes' }).isChecked()).toBe(false);
    const previewText = (await preview.textContent()) ?? '';
    expect(previewText).not.toMatch(SECOND_PERSON_WORDS);
    await checker.check(page, 'Brief preview with an ask');

    // The Markdown download opens with the same brief.
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Markdown' }).click()]);
    const top = (await readFile(await markdown.path(), 'utf8')).split('\n---\n')[0] ?? '';
    expect(top).toContain(`# ${NAME}: development brief`);
    expect(top).toContain(`> ${ASK}`);
    expect(top).not.toContain(EVIDENCE);

    // Share it, and read it as the reader does.
    await page.goto(`${assessmentUrl}/gaps`);
    await page.getByLabel('Who is it for?').fill('My manager');
    await page.getByRole('button', { name: 'Create a read-only link' }).click();
    const linkField = page.getByLabel('Read-only link');
    await linkField.waitFor();
    const shareUrl = await linkField.inputValue();

    const reader = await browser().newContext();
    const shared = await reader.newPage();
    expect((await shared.goto(shareUrl))?.status()).toBe(200);
    const sharedBrief = shared.getByRole('article', { name: `${NAME}: development brief` });
    await sharedBrief.waitFor();
    expect(await sharedBrief.getByText(ASK).count()).toBe(1);
    expect(await sharedBrief.getByText(`“${EVIDENCE}”`).count()).toBe(0);
    // The brief is the top of the page: the first heading, before the detail.
    expect(await shared.getByRole('heading', { level: 1 }).first().textContent()).toBe(`${NAME}: development brief`);
    await checker.check(shared, 'Shared brief');

    // Over plain HTTP, the top of the shared page says it all, about the EM, never to anyone.
    const text = briefOf(await (await fetch(shareUrl)).text());
    expect(text).toMatch(new RegExp(`^${NAME}: development brief`));
    expect(text).toMatch(/Readiness \d+% \(11 of 11 rated\)/);
    expect(text).toContain('Strengths');
    expect(text).toContain('Managing Managers');
    expect(text).toContain('The gaps that matter');
    expect(text).toContain(`What ${NAME} is asking for ${ASK}`);
    expect(text).not.toMatch(SECOND_PERSON_WORDS);

    // Change a choice back: the share page follows.
    await page.goto(`${assessmentUrl}/brief`);
    await waitForContent(page);
    await page.getByRole('checkbox', { name: 'Evidence quotes' }).check();
    await page.getByRole('button', { name: 'Save and update the preview' }).click();
    await page.getByRole('status').filter({ hasText: /^Saved\./ }).waitFor();
    await shared.reload();
    await sharedBrief.waitFor();
    expect(await sharedBrief.getByText(`“${EVIDENCE}”`).count()).toBe(1);
    expect(briefOf(await (await fetch(shareUrl)).text())).toContain(EVIDENCE);

    // A refused ask says why, and keeps what was typed.
    await page.getByLabel('What you are asking for').fill('x'.repeat(600));
    await page.getByLabel('What you are asking for').evaluate((field: HTMLTextAreaElement) => {
      field.removeAttribute('maxlength');
      field.value += 'y';
    });
    await page.getByRole('button', { name: 'Save and update the preview' }).click();
    await page.getByRole('alert').filter({ hasText: 'Check the highlighted fields.' }).waitFor();
    expect(await page.getByText('Keep what you ask for to 600 characters').count()).toBe(1);
    await shared.reload();
    expect(await sharedBrief.getByText(ASK).count()).toBe(1);

    await reader.close();
    await context.close();
  }, 300_000);

  test('signed out, the home page shows a sample gap view and brief, how long it takes, and one call to action', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await waitForContent(page);
    const sample = page.getByRole('region', { name: 'What you get: a sample' });
    // The gap view's readiness, and the brief's.
    expect(await sample.getByRole('region', { name: 'Readiness', exact: true }).count()).toBe(2);
    expect(await sample.getByText(/^Sample: the gap view$/).count()).toBe(1);
    const brief = sample.getByRole('article', { name: 'Sam Rivera: development brief' });
    expect(await brief.getByRole('heading', { name: 'What Sam Rivera is asking for' }).count()).toBe(1);
    expect((await brief.textContent()) ?? '').not.toMatch(SECOND_PERSON_WORDS);
    expect(await page.getByText(/An assessment takes about 30 to 45 minutes\./).count()).toBe(1);
    // One call to action, styled as the one button on the page's content.
    expect(await page.getByRole('main').getByRole('link', { name: 'Create your free account' }).count()).toBe(1);
    await checker.check(page, 'Home sample (signed out)');
    await context.close();
  });

  test('another user gets 404 for someone else’s brief', async () => {
    const owner = await browser().newContext();
    const ownerPage = await owner.newPage();
    await signUpAs(ownerPage, 'Owner');
    const id = await startDraft(ownerPage, baseUrl);
    expect((await ownerPage.goto(`${baseUrl}/assessments/${id}/brief`))?.status()).toBe(200);

    const other = await browser().newContext();
    const otherPage = await other.newPage();
    await signUpAs(otherPage, 'Someone else');
    expect((await otherPage.goto(`${baseUrl}/assessments/${id}/brief`))?.status()).toBe(404);
    await owner.close();
    await other.close();
  });
});
