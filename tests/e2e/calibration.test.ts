// Calibration and the rater's side-by-side view in the browser. A manager
// rates two EMs over HTTP; one EM submits (revealing both sides), the other
// does not. The manager reaches the side-by-side view and the first EM their
// calibration page by keyboard alone, and both pages are checked with axe in
// both colour schemes.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { z } from 'zod';
import { browserForFile } from '../support/journey';
import { formOf, readDraftRevisions, SESSION_COOKIE, signUpOverHttp, startDraftOverHttp } from '../support/http-session';
import { PageChecker } from '../support/page-checks';
import { actionId, actionResult, callAction } from '../support/server-actions';

const baseUrl = inject('baseUrl');
const browser = browserForFile();
const checker = new PageChecker('calibration');

afterAll(async () => {
  console.log(await checker.writeReport());
});

type Person = { email: string; cookie: string };

/** A draft with every item rated at `level` with high confidence; its id and item ids. */
async function ratedDraft(em: Person, level: number) {
  const assessmentId = await startDraftOverHttp(baseUrl, em.cookie);
  const revisions = await readDraftRevisions(baseUrl, em.cookie, assessmentId);
  const fields: Record<string, string> = { assessmentId };
  for (const [itemId, revision] of revisions) {
    Object.assign(fields, { [`level:${itemId}`]: String(level), [`targetLevel:${itemId}`]: '4', [`confidence:${itemId}`]: 'HIGH', [`evidence:${itemId}`]: '', [`baseRevision:${itemId}`]: String(revision) });
  }
  const saved = await callAction(baseUrl, { id: actionId('app/(app)/assessments/actions.ts', 'saveAllAnswersAction'), path: `/assessments/${assessmentId}`, args: [{ ok: true }, formOf(fields)], cookie: em.cookie });
  expect(saved.redirect).toBe(`/assessments/${assessmentId}?notice=saved`);
  return { assessmentId, itemIds: [...revisions.keys()] };
}

/** `em` invites `manager`, who accepts, rates every item at `level` and submits. */
async function rateAsManager(em: Person, manager: Person, draft: { assessmentId: string; itemIds: string[] }, level: number) {
  const created = await callAction(baseUrl, {
    id: actionId('app/(app)/assessments/[id]/others/actions.ts', 'createInvitationAction'),
    path: `/assessments/${draft.assessmentId}/others`,
    args: [{ ok: true }, formOf({ assessmentId: draft.assessmentId, role: 'MANAGER', note: '', days: '14' })],
    cookie: em.cookie,
  });
  const link = z.object({ data: z.object({ path: z.string() }) }).parse(actionResult(created.body)).data.path;
  const token = link.replace('/invitations/', '');
  const accepted = await callAction(baseUrl, { id: actionId('app/(app)/invitations/actions.ts', 'acceptInvitationAction'), path: link, args: [{ ok: true }, formOf({ token })], cookie: manager.cookie });
  const invitationId = (accepted.redirect ?? '').replace('/rate/', '');
  const fields: Record<string, string> = { invitationId };
  for (const itemId of draft.itemIds) Object.assign(fields, { [`level:${itemId}`]: String(level), [`evidence:${itemId}`]: '', [`baseRevision:${itemId}`]: '0' });
  const rated = await callAction(baseUrl, { id: actionId('app/(app)/rate/actions.ts', 'saveAllRatingsAction'), path: `/rate/${invitationId}`, args: [{ ok: true }, formOf(fields)], cookie: manager.cookie });
  expect(rated.redirect).toBe(`/rate/${invitationId}?notice=saved`);
  const submitted = await callAction(baseUrl, { id: actionId('app/(app)/rate/actions.ts', 'submitRatingAction'), path: `/rate/${invitationId}`, args: [{ ok: true }, formOf({ invitationId })], cookie: manager.cookie });
  expect(submitted.redirect).toBe(`/rate/${invitationId}?notice=submitted`);
}

async function submitOverHttp(em: Person, assessmentId: string) {
  const done = await callAction(baseUrl, { id: actionId('app/(app)/assessments/actions.ts', 'submitAssessmentAction'), path: `/assessments/${assessmentId}`, args: [{ ok: true }, formOf({ assessmentId })], cookie: em.cookie });
  expect(done.redirect).toBe(`/assessments/${assessmentId}/gaps?notice=submitted`);
}

/** A browser signed in as `person`, on `path`. */
async function open(person: Person, path: string): Promise<Page> {
  const context = await browser().newContext();
  const value = person.cookie.slice(`${SESSION_COOKIE}=`.length);
  await context.addCookies([{ name: SESSION_COOKIE, value, url: baseUrl }]);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  await page.waitForLoadState('networkidle');
  return page;
}

/** Tabs forward until the focused element is the link named `name`, then follows it with Enter. */
async function followByKeyboard(page: Page, name: string) {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? (document.activeElement.textContent ?? '').trim() : ''));
    if (focused === name) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`The link “${name}” was not reached with Tab`);
}

describe('calibration and the side-by-side view', () => {
  test('a manager compares the two EMs they rate; an EM reads how their view compares with the manager’s', async () => {
    const manager = await signUpOverHttp(baseUrl);
    const sam = await signUpOverHttp(baseUrl);
    const kim = await signUpOverHttp(baseUrl);
    // Sam rates every item 4 and the manager 3: revealed once both have submitted.
    const samDraft = await ratedDraft(sam, 4);
    await rateAsManager(sam, manager, samDraft, 3);
    await submitOverHttp(sam, samDraft.assessmentId);
    // Kim rates 5 and the manager 2, but Kim has not submitted: Kim's 5s stay hidden.
    const kimDraft = await ratedDraft(kim, 5);
    await rateAsManager(kim, manager, kimDraft, 2);

    const asManager = await open(manager, '/invitations');
    await followByKeyboard(asManager, 'See everyone you rate side by side');
    await asManager.waitForURL(`${baseUrl}/invitations/compare`);
    await checker.check(asManager, 'The people you rate, side by side');
    const list = await asManager.getByRole('list').filter({ hasText: sam.email }).textContent();
    expect(list).toContain('Their own ratings are shown: you have both submitted.');
    expect(list).toContain('Their own ratings are shown once they submit their self-assessment.');
    const table = asManager.getByRole('table', { name: /Your rating of each item beside each person’s own/ });
    const row = table.getByRole('row', { name: /Managing Managers/ });
    expect(await row.textContent()).toContain('You: level 3Their own: level 4');
    expect(await row.textContent()).toContain('You: level 2');
    expect(await table.textContent()).not.toContain('level 5');
    // The wide table scrolls in a region the keyboard can reach.
    expect(await asManager.getByRole('region', { name: /Your rating of each item/ }).getAttribute('tabindex')).toBe('0');

    const asSam = await open(sam, '/progress');
    await followByKeyboard(asSam, 'How your view compares with others’');
    await asSam.waitForURL(`${baseUrl}/progress/calibration`);
    await checker.check(asSam, 'How your view compares with others’ over time');
    expect(await asSam.getByText(/you rated yourself higher than others by 1 level on average/).count()).toBe(1);
    expect(await asSam.getByText(/This is the only assessment so far with others’ ratings/).count()).toBe(1);
    expect(await asSam.getByText(/Every item compared had high confidence/).count()).toBe(1);
    const items = asSam.getByRole('table', { name: /per item and assessment/ });
    expect(await items.getByRole('row', { name: /Managing Managers/ }).textContent()).toContain('1 level above others');

    // Kim, not yet submitted, has nothing to compare and is told where to ask.
    const asKim = await open(kim, '/progress/calibration');
    await checker.check(asKim, 'Calibration with nothing to compare');
    expect(await asKim.getByRole('heading', { name: 'Nothing to compare yet' }).count()).toBe(1);
    expect(await asKim.getByRole('link', { name: 'Assess yourself' }).count()).toBe(1);
  }, 300_000);
});
