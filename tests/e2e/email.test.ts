// Email in the browser, through a real SMTP server started here: the EM
// invites someone by address and turns the weekly digest on; both emails
// arrive with a text and an HTML part; the invitation's link opens the
// invitation, and the digest's unsubscribe link works signed out, by
// keyboard, and changes that one setting. Every page on the way is checked
// with axe in both colour schemes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WEEKDAYS, isoWeekday } from '@/lib/domain/email-schedule';
import { startAppServer, type AppServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';
import { newEmail, signUp, startDraft } from '../support/journey';
import { SCHEMES, seriousViolations } from '../support/page-checks';
import { rawHeader, sinkEnv, startSmtpSink, type Received, type SmtpSink } from '../support/smtp-sink';

// The shared app runs without a mail server; this file starts its own.
const APP_PORT = 3402;

let sink: SmtpSink | undefined;
let app: AppServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await startAppServer(APP_PORT, { ...sinkEnv(sink), HEADWAY_EMAIL_INTERVAL_SECONDS: '1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await sink?.close();
});

async function expectAccessible(page: Page, name: string) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const { problems } = await seriousViolations(page);
    expect(problems, `${name} (${scheme})`).toEqual([]);
  }
}

async function emailTo(address: string, subject: RegExp): Promise<Received> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const found = sink!.received.find((message) => message.envelopeTo.includes(address) && subject.test(message.mail.subject ?? ''));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No email "${subject.source}" to ${address}; received: ${sink!.received.map((message) => message.mail.subject).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const linksIn = (text: string) => [...text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);

describe('email from Headway', () => {
  test('an invitation and a weekly digest arrive, and the digest unsubscribes without signing in', async () => {
    const baseUrl = app!.baseUrl;
    const em = await (await browser!.newContext()).newPage();
    const emAddress = await signUp(em, baseUrl);
    const assessmentId = await startDraft(em, baseUrl);

    // The invitation, by address.
    const colleague = newEmail();
    await em.goto(`${baseUrl}/assessments/${assessmentId}/others`);
    await em.getByLabel('Their role').selectOption('MENTOR');
    await em.getByLabel('Their email address (optional)').fill(colleague);
    await em.getByRole('button', { name: 'Create an invitation link' }).click();
    const shownLink = await em.getByLabel('Invitation link').inputValue();
    expect(await em.getByText(`Headway will email this link to ${colleague}`).count()).toBe(1);
    await expectAccessible(em, 'others’ view, link emailed');

    const invitation = await emailTo(colleague, /asks for your view in Headway$/);
    expect(invitation.mail.text).toContain(shownLink);
    expect(invitation.mail.html || '').toContain(shownLink);
    expect(rawHeader(invitation, 'List-Unsubscribe')).toMatch(new RegExp(`^<${baseUrl}/unsubscribe/[^>]+/one-click>$`));
    expect(rawHeader(invitation, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const invited = await (await browser!.newContext()).newPage();
    await invited.goto(shownLink);
    expect(await invited.getByRole('heading', { level: 1 }).textContent()).toMatch(/asks for your view$/);

    // The digest, on today's weekday so that this week's falls due now.
    await em.goto(`${baseUrl}/account`);
    await em.getByRole('heading', { name: 'Email from Headway' }).waitFor();
    await expectAccessible(em, 'account, email on');
    const today = WEEKDAYS[isoWeekday(new Date()) - 1]!;
    await em.getByLabel('Weekly digest').selectOption({ label: `Every ${today}` });
    await em.getByRole('button', { name: 'Save email settings' }).click();
    await em.getByRole('status').filter({ hasText: `Saved: a digest every ${today}` }).waitFor();

    const digest = await emailTo(emAddress, /Your week in Headway/);
    expect(digest.mail.text).toContain('Your week in Headway');
    expect(digest.mail.html || '').toContain('Your week in Headway');
    expect(linksIn(digest.mail.text ?? '').every((link) => link.startsWith(baseUrl))).toBe(true);
    const oneClick = /^<(.+)>$/.exec(rawHeader(digest, 'List-Unsubscribe'))?.[1];
    expect(oneClick).toMatch(new RegExp(`^${baseUrl}/unsubscribe/[^/]+/one-click$`));
    const unsubscribePage = linksIn(digest.mail.text ?? '').find((link) => link.startsWith(`${baseUrl}/unsubscribe/`));
    expect(unsubscribePage).toBeDefined();

    // Signed out, by keyboard: opening the page changes nothing; the button does.
    const reader = await (await browser!.newContext()).newPage();
    await reader.goto(unsubscribePage!);
    await expectAccessible(reader, 'unsubscribe');
    await em.reload();
    expect(await em.getByLabel('Weekly digest').inputValue()).not.toBe('off');
    await reader.getByRole('button', { name: 'Unsubscribe' }).focus();
    await reader.keyboard.press('Enter');
    await reader.getByRole('status').filter({ hasText: 'You will get no more weekly digests.' }).waitFor();
    await expectAccessible(reader, 'unsubscribed');

    await em.reload();
    expect(await em.getByLabel('Weekly digest').inputValue()).toBe('off');
    expect(await em.getByLabel('Remind me a week before my next review').isChecked()).toBe(true);
  });
});
