// Others' view after the reveal, in the browser: the EM invites a manager and
// three peers, who each sign up through their link and rate. Blindness is
// checked from both sides at every step; once the EM submits, their
// "Others' view" page shows the flagged items, blind spots and hidden
// strengths, the peers only as a group, and the EM records an agreed level
// with the keyboard alone.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { AREAS, BEHAVIOURS, browserForFile, itemCard, newEmail, PASSWORD, rateAndSubmit, signUp, startDraft, waitForAllSaved } from '../support/journey';
import { SCHEMES, seriousViolations } from '../support/page-checks';

const baseUrl = inject('baseUrl');
const browser = browserForFile();
const EM_EVIDENCE = 'The EM’s own evidence, hidden from raters until both have submitted';
const MANAGER_COMMENT = 'Holds the managers to account, not yet coaching them';
const MANAGER_OVERALL = 'A good year, with room to delegate';
const [FIRST, SECOND] = [AREAS[0]!, AREAS[1]!];
const ITEMS = [...AREAS, ...BEHAVIOURS];

type Rater = { page: Page; context: BrowserContext; email: string; ratePath: string };

async function expectAccessible(page: Page, name: string) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const { problems } = await seriousViolations(page);
    expect(problems, `${name} (${scheme})`).toEqual([]);
  }
}

async function invite(em: Page, role: 'MANAGER' | 'PEER', previous: string): Promise<string> {
  await em.getByLabel('Their role').selectOption(role);
  await em.getByRole('button', { name: 'Create an invitation link' }).click();
  const field = em.getByLabel('Invitation link');
  await expect.poll(() => field.inputValue().catch(() => previous)).not.toBe(previous);
  return field.inputValue();
}

/** Opens the link signed out, signs up through it and accepts: the rater's own browser. */
async function signUpThrough(link: string): Promise<Rater> {
  const context = await browser().newContext();
  const page = await context.newPage();
  const email = newEmail();
  await page.goto(link);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(link);
  await page.getByRole('button', { name: /^Accept and rate / }).click();
  await page.waitForURL(/\/rate\/[a-z0-9]+$/);
  return { page, context, email, ratePath: new URL(page.url()).pathname };
}

/** Rates every item (3 unless given), comments on the first, and submits. */
async function rateAll(rater: Rater, levels: Record<string, number>, comment: string, overall = '') {
  const { page } = rater;
  for (const title of ITEMS) await itemCard(page, title).getByRole('radio', { name: new RegExp(`^Level ${levels[title] ?? 3} `) }).check();
  await itemCard(page, FIRST).getByLabel('Comment (optional)').fill(comment);
  if (overall) await page.getByLabel('Overall comment (optional)').fill(overall);
  await waitForAllSaved(page);
  await page.getByRole('button', { name: 'Submit ratings' }).click();
  await page.waitForURL(/notice=submitted/);
}

/** The page as HTML and as the payload a client navigation fetches, for checks that nothing hidden is sent. */
async function bothPayloads(page: Page, path: string): Promise<string> {
  const html = await (await page.context().request.get(`${baseUrl}${path}`)).text();
  const rsc = await (await page.context().request.get(`${baseUrl}${path}`, { headers: { RSC: '1' } })).text();
  return `${html}\n${rsc}`;
}

const expectAbsent = (text: string, ...secrets: string[]) => expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);

describe('others’ view after the reveal', () => {
  test('a manager and three peers rate blind; after the EM submits, the EM sees where they differ and records an agreed level by keyboard', async () => {
    const em = await (await browser().newContext()).newPage();
    await signUp(em, baseUrl);
    const assessmentId = await startDraft(em, baseUrl);
    const viewPath = `/assessments/${assessmentId}/others/view`;
    await itemCard(em, FIRST).getByLabel('Evidence').fill(EM_EVIDENCE);
    await waitForAllSaved(em);

    await em.goto(`${baseUrl}/assessments/${assessmentId}/others`);
    const links: string[] = [];
    for (const role of ['MANAGER', 'PEER', 'PEER', 'PEER'] as const) links.push(await invite(em, role, links.at(-1) ?? ''));

    await em.getByRole('link', { name: 'See others’ view' }).click();
    await em.waitForURL(`${baseUrl}${viewPath}`);
    expect(await em.getByRole('status').filter({ hasText: '0 of 4 have rated' }).count()).toBe(1);
    await expectAccessible(em, 'others’ view, nobody rated');

    const manager = await signUpThrough(links[0]!);
    await rateAll(manager, { [FIRST]: 2, [SECOND]: 4 }, MANAGER_COMMENT, MANAGER_OVERALL);
    const peers: Rater[] = [];
    const peerLevels = [
      { [FIRST]: 1, [SECOND]: 4 },
      { [FIRST]: 2, [SECOND]: 4 },
      { [FIRST]: 3, [SECOND]: 5 },
    ];
    for (const [index, levels] of peerLevels.entries()) {
      const peer = await signUpThrough(links[index + 1]!);
      await rateAll(peer, levels, `Peer view ${'ABC'[index]}`, `Peer overall ${'ABC'[index]}`);
      peers.push(peer);
      // The EM is still a draft: each rater sees nothing of the EM's, and the EM only a count.
      for (const rater of [manager, ...peers]) expectAbsent(await bothPayloads(rater.page, rater.ratePath), EM_EVIDENCE, '’s own rating<');
      await em.reload();
      expect(await em.getByRole('status').filter({ hasText: `${index + 2} of 4 have rated` }).count()).toBe(1);
      expectAbsent(await bothPayloads(em, viewPath), MANAGER_COMMENT, MANAGER_OVERALL, 'Peer view', 'Peer overall', manager.email, ...peers.map((p) => p.email));
    }
    expect(await em.getByText('You have not submitted this assessment yet, so their ratings stay hidden').count()).toBe(1);

    await em.goto(`${baseUrl}/assessments/${assessmentId}`);
    await rateAndSubmit(em, [5, 1]);

    // The manager now sees the EM's own ratings; a peer never does.
    await manager.page.reload();
    expect(await manager.page.getByText('has submitted their self-assessment too: their own ratings are beside yours.').count()).toBe(1);
    await peers[0]!.page.reload();
    expect(await peers[0]!.page.getByText('As a peer or report you do not see').count()).toBe(1);
    expectAbsent(await bothPayloads(peers[0]!.page, peers[0]!.ratePath), EM_EVIDENCE, '’s own rating<');

    await em.goto(`${baseUrl}/assessments/${assessmentId}/gaps`);
    await em.getByRole('link', { name: 'Others’ view' }).click();
    await em.waitForURL(`${baseUrl}${viewPath}`);
    const summary = em.getByRole('region', { name: 'In short' });
    expect(await summary.textContent()).toContain('Rated by 1 manager and 3 peers or reports.');
    expect(await summary.textContent()).toContain(`Biggest blind spot: ${FIRST}: you rate yourself 5, others 2.`);
    expect(await summary.textContent()).toContain(`Biggest hidden strength: ${SECOND}: you rate yourself 1, others 4.`);
    expect(await em.getByRole('region', { name: 'Talk about this' }).getByRole('link').allTextContents()).toEqual([FIRST, SECOND]);
    expect(await em.getByRole('region', { name: 'Blind spots' }).getByRole('link').allTextContents()).toEqual([FIRST]);
    expect(await em.getByRole('region', { name: 'Hidden strengths' }).getByRole('link').allTextContents()).toEqual([SECOND]);

    const firstRow = em.getByRole('figure', { name: 'You and others, item by item' }).getByRole('row', { name: new RegExp(`^${FIRST}`) });
    expect(await firstRow.textContent()).toContain('2 (range 1 to 3, 3 peers)');
    // What each person said is quoted on the item's own page, not on the overview.
    const overview = (await em.getByRole('main').textContent()) ?? '';
    expectAbsent(overview, MANAGER_COMMENT, 'Peer view A');
    expect(await em.getByRole('region', { name: 'Overall comments' }).textContent()).toContain(MANAGER_OVERALL);
    // Peers are never named, in the page or in what a client navigation fetches.
    expectAbsent(await bothPayloads(em, viewPath), ...peers.map((peer) => peer.email));
    await expectAccessible(em, 'others’ view, revealed');

    // Keyboard only: follow the item's link in the table to its own page, read what the manager and peers said there, choose level 3, say who agreed, save.
    await firstRow.getByRole('link', { name: FIRST }).focus();
    await em.keyboard.press('Enter');
    await em.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    const levels = (await em.getByRole('region', { name: 'Where you and others stand' }).textContent()) ?? '';
    expect(levels).toContain(`${manager.email} (manager)`);
    expect(levels).toContain(MANAGER_COMMENT);
    expect(levels).toContain('2 (range 1 to 3, 3 peers)');
    const peerComments = em.getByRole('region', { name: 'What peers and reports said' }).getByRole('listitem');
    expect((await peerComments.allTextContents()).toSorted()).toEqual(['Peer view A', 'Peer view B', 'Peer view C']);
    const itemPath = new URL(em.url()).pathname;
    expectAbsent(await bothPayloads(em, itemPath), ...peers.map((peer) => peer.email));
    expect(await em.getByText(/Only you see an agreed level and its note/).count()).toBe(1);
    await em.getByLabel(`Agreed level for ${FIRST}`).focus();
    for (let step = 0; step < 3; step += 1) await em.keyboard.press('ArrowDown');
    await em.keyboard.press('Tab');
    await em.keyboard.type('Sam (my manager)');
    await em.keyboard.press('Tab');
    await em.keyboard.type('Settled in our 1:1');
    await em.keyboard.press('Tab');
    await em.keyboard.press('Enter');
    await em.getByRole('status').filter({ hasText: 'Agreed level 3 saved' }).waitFor();
    await expectAccessible(em, 'agreed level page, saved');
    await em.reload();
    expect(await em.getByRole('region', { name: 'Where you and others stand' }).textContent()).toContain('Level 3, with Sam (my manager) on');
    await em.getByRole('link', { name: 'Back to others’ view' }).focus();
    await em.keyboard.press('Enter');
    await em.waitForURL((url) => url.pathname === viewPath && url.hash.startsWith('#item-'));
    await em.reload();
    // Beside the others, never over them: the EM's own level and the manager's stand.
    expect(await em.getByRole('figure', { name: 'You and others, item by item' }).getByRole('row', { name: new RegExp(`^${FIRST}`) }).textContent()).toMatch(new RegExp(`^${FIRST}52.*3Talk about this`));

    // Gaps and priorities can start from the agreed level: the gap view says so, beside the item and under readiness.
    await em.goto(`${baseUrl}/assessments/${assessmentId}/gaps`);
    await em.getByRole('radio', { name: /^The levels I agreed/ }).check();
    await em.getByRole('button', { name: 'Use these levels' }).click();
    await em.getByRole('status').filter({ hasText: 'Gaps and priorities now start from the levels you agreed on 1 item, and your own on the rest.' }).waitFor();
    await em.reload();
    expect(await em.getByRole('radio', { name: /^The levels I agreed \(in use\)/ }).isChecked()).toBe(true);
    const gapView = await em.content();
    expect(gapView).toContain('agreed with Sam (my manager)');
    expect(gapView).toContain('Gaps and priorities start from the levels you agreed with others on 1 of 11 items');
    await expectAccessible(em, 'gap view, from agreed levels');

    // Others' view reaches the exports only once the EM includes it in the brief.
    const exported = async (format: 'json' | 'pdf') => (await em.request.get(`${baseUrl}/assessments/${assessmentId}/export/${format}`)).body();
    const pdfText = async () => {
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'others-pdf-')), 'summary.pdf');
      await writeFile(file, await exported('pdf'));
      return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    };
    expect(JSON.parse((await exported('json')).toString('utf8'))).not.toHaveProperty('othersView');
    expect(await pdfText()).not.toContain('Others’ view');
    await em.goto(`${baseUrl}/assessments/${assessmentId}/brief`);
    await em.getByLabel('Others’ view', { exact: true }).check();
    await em.getByRole('button', { name: 'Save and update the preview' }).click();
    await em.getByRole('status').filter({ hasText: 'Saved. The brief below is what your reader gets' }).waitFor();
    const withOthers = JSON.parse((await exported('json')).toString('utf8')) as { othersView?: { raters: unknown } };
    expect(withOthers.othersView?.raters).toMatchObject({ managers: 1, peers: 3 });
    expect(await pdfText()).toContain('Others’ view');
    // Four raters, six pages in two schemes and a keyboard pass: longer than one page's test.
  }, 600_000);
});
