// Each manager's assessments are theirs alone. Two managers, A and B: A holds
// a valid session and B's ids, and tries every route the build ships, server
// actions included, posted directly as any client could. B, looking in the
// browser, must find nothing changed.
//
// Longer than the ~200 lines the style guide suggests: the route and action
// tables must sit next to the cases they name, so that one file shows the
// whole authorisation decision for the app.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { z } from 'zod';
import { htmlToText } from '../support/html-text';
import { EXPORT_FORMAT_KEYS } from '@/lib/export/formats';
import { signInOverHttp } from '../support/http-session';
import { browserForFile, itemCard, PASSWORD, signUp, startDraft, waitForAllSaved } from '../support/journey';
import { listAppRoutes } from '../support/route-inventory';
import { actionId, actionResult, callAction, listServerActions, type ActionResponse } from '../support/server-actions';

const baseUrl = inject('baseUrl');
const ITEM = 'Managing Managers';
const B_EVIDENCE = "B's private evidence";
const A_EVIDENCE = "A's own evidence";
const SESSION_COOKIE = 'next-auth.session-token';
const MADE_UP_TOKEN = 'x'.repeat(43);
const B_GOAL = "B's private goal";
const B_NOTE = "B's private progress note";
const R_COMMENT = "R's comment on B, not yet submitted";
const B_LOGGED = "B's private evidence-log entry";

type Manager = { context: BrowserContext; page: Page; email: string; cookie: string; assessmentId: string };
/** B's data as B sees it: enough to notice any change, however small. */
type Rendered = { heading: string | null; item: string; revision: string; history: string; shareLink: number; calendar: number; plan: string; evidence: string };

const browser = browserForFile();
let a: Manager;
let b: Manager;
let itemId = '';
let bSubmittedId = '';
let bSharePath = '';
let bCalendarPath = '';
let bLinkId = '';
let bGoalId = '';
let bEntryId = '';
let bUnratedKeys: string[] = [];
let aUserId = '';
// B's second sign-in: its session id (from B's own account page) and cookie.
let bOtherSessionId = '';
let bOtherCookie = '';
let bBefore: Rendered;
// R: a third person, who accepted B's invitation to rate B's draft and has
// rated one item without submitting. B's second invitation is still open.
let r: Manager;
let rInvitationId = '';
let bOpenInvitationId = '';
let bUsedToken = '';

async function signUpManager(): Promise<Manager> {
  const context = await browser().newContext();
  const page = await context.newPage();
  const email = await signUp(page, baseUrl);
  const cookie = (await context.cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`No ${SESSION_COOKIE} cookie after sign-up`);
  return { context, page, email, cookie: `${cookie.name}=${cookie.value}`, assessmentId: '' };
}


/** Rates ITEM at level 3 with `evidence`, marks the items at `noOpportunity` (positions), and waits for the saves. */
async function fillDraft(page: Page, evidence: string, noOpportunity: number[]) {
  const card = itemCard(page, ITEM);
  await card.getByRole('radio', { name: /^Level 3 / }).check();
  await card.getByLabel('Evidence').fill(evidence);
  const none = page.getByRole('radio', { name: 'No opportunity yet' });
  for (const index of noOpportunity) await none.nth(index).check();
  await waitForAllSaved(page);
  itemId = (await card.getByRole('radio', { name: /^Level 3 / }).getAttribute('name'))?.replace(/^level:/, '') ?? '';
}

async function asRendered(owner: Manager): Promise<Rendered> {
  const { page } = owner;
  await page.goto(`${baseUrl}/assessments/${owner.assessmentId}`);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const item = await itemCard(page, ITEM).ariaSnapshot();
  // The form's own record of the write count: an identical rewrite still bumps it.
  const revision = await page.locator(`input[name="baseRevision:${itemId}"]`).inputValue();
  await page.goto(`${baseUrl}/assessments`);
  const history = await page.getByRole('table').ariaSnapshot();
  await page.goto(`${baseUrl}/plan`);
  // Until the page's script runs, each goal's status has its no-JavaScript save button; compare the page as it settles.
  await page.getByRole('button', { name: /^Save status of/ }).first().waitFor({ state: 'detached' });
  const plan = await page.getByRole('main').ariaSnapshot();
  await page.goto(`${baseUrl}/evidence`);
  const evidence = await page.getByRole('main').ariaSnapshot();
  return { heading, item, revision, history, shareLink: (await get(bSharePath)).status, calendar: (await get(bCalendarPath)).status, plan, evidence };
}

const expectBUnchanged = async () => expect(await asRendered(b)).toEqual(bBefore);

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

const get = (path: string, cookie?: string, headers: Record<string, string> = {}, redirect: RequestRedirect = 'manual') =>
  fetch(`${baseUrl}${path}`, { redirect, headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) } });

// In the markup as well as in the Flight data inlined with it, where text is
// not HTML-escaped: "B's" is `B&#x27;s` in one and `B's` in the other.
const expectAbsent = (body: string, ...secrets: string[]) => {
  const seen = `${body}\n${htmlToText(body)}`;
  for (const secret of secrets) expect(seen).not.toContain(secret);
};
const expectNoTraceOfB = (body: string) =>
  expectAbsent(body, b.assessmentId, bSubmittedId, b.email, B_EVIDENCE, bGoalId, B_GOAL, B_NOTE, bOtherSessionId, bEntryId, B_LOGGED);

// What A would write over B's item if nothing stopped it.
const overwrite = () => ({
  assessmentId: b.assessmentId,
  itemId,
  baseRevision: Number(bBefore.revision),
  level: 1,
  noOpportunity: false,
  targetLevel: 5,
  confidence: 'LOW',
  evidence: 'Overwritten by someone else',
});
const overwriteForm = () =>
  form({
    assessmentId: b.assessmentId,
    [`baseRevision:${itemId}`]: bBefore.revision,
    [`level:${itemId}`]: '1',
    [`targetLevel:${itemId}`]: '5',
    [`confidence:${itemId}`]: 'LOW',
    [`evidence:${itemId}`]: 'Overwritten by someone else',
  });

const ASSESSMENTS = 'app/(app)/assessments/actions.ts';
const SHARING = 'app/(app)/assessments/[id]/gaps/actions.ts';
const ACCOUNT = 'app/(app)/account/actions.ts';
const PLAN = 'app/(app)/plan/actions.ts';
const INVITING = 'app/(app)/assessments/[id]/others/actions.ts';
const AGREEING = 'app/(app)/assessments/[id]/others/view/actions.ts';
const BRIEFING = 'app/(app)/assessments/[id]/brief/actions.ts';
const FOREIGN_ASK = 'Asked for by someone else';
const RATING = 'app/(app)/rate/actions.ts';
const EVIDENCE = 'app/(app)/evidence/actions.ts';
const entryFields = (text: string, goalId = '') => ({ occurredOn: '2026-11-20', text, url: '', itemKeys: 'managing-managers', goalId });
const ENTRY_GONE = 'This entry no longer exists: it may have been deleted in another tab.';
const rating = (fields: Record<string, unknown> = {}) => ({ invitationId: rInvitationId, itemId, baseRevision: 1, level: 1, noOpportunity: false, comment: 'Written by someone else', ...fields });
const GOAL_NOT_FOUND = 'This goal or item does not exist.';
const GOAL_GONE = 'This goal no longer exists: it may have been deleted in another tab.';
const goalFields = (action: string) => ({ action, successMeasure: 'Measured by someone else', targetDate: '2027-01-31' });
const OWN_ACCOUNT = 'takes no id: acts on the caller’s own account';
const SIGN_OUT_CASE = 'signOutEverywhere: A ends A’s sessions, not B’s';

type Call = { path: string; args: unknown[] };
type ActionDecision =
  | { access: 'public'; why: string }
  // `call` is what A, and then a signed-out client, post: with B's ids wherever the action takes any.
  | { access: 'session: action redirects'; call: () => Call; crossUser: string };

/** An action guarded by the session, posted as its form posts it: state first, then the fields. */
const formPost = (crossUser: string, call: () => { path: string; fields: Record<string, string | string[]> }): ActionDecision => ({
  access: 'session: action redirects',
  call: () => {
    const { path, fields } = call();
    return { path, args: [{ ok: true }, form(fields)] };
  },
  crossUser,
});

// Every server action in the build, and how it is protected. A new action
// fails the inventory test until it is added here.
const ACTIONS: Record<string, ActionDecision> = {
  [`${ASSESSMENTS}#saveAnswerAction`]: {
    access: 'session: action redirects',
    call: () => ({ path: `/assessments/${b.assessmentId}`, args: [overwrite()] }),
    crossUser: 'saveAnswerAction: A overwrites B’s item',
  },
  [`${ASSESSMENTS}#saveAllAnswersAction`]: {
    access: 'session: action redirects',
    call: () => ({ path: `/assessments/${b.assessmentId}`, args: [{ ok: true }, overwriteForm()] }),
    crossUser: 'saveAllAnswersAction: A posts the no-JavaScript form bound to B’s id',
  },
  [`${ASSESSMENTS}#submitAssessmentAction`]: formPost('submitAssessmentAction: A submits B’s draft', () => ({ path: `/assessments/${b.assessmentId}`, fields: { assessmentId: b.assessmentId, confirmUnrated: bUnratedKeys } })),
  [`${ASSESSMENTS}#deleteAssessmentAction`]: formPost('deleteAssessmentAction: A deletes B’s draft', () => ({ path: `/assessments/${b.assessmentId}`, fields: { assessmentId: b.assessmentId, confirmed: 'yes' } })),
  [`${ASSESSMENTS}#startAssessmentAction`]: formPost('takes no id: starts or returns the caller’s own draft', () => ({ path: '/assess', fields: { from: 'previous' } })),
  [`${SHARING}#createShareLinkAction`]: formPost('createShareLinkAction: A shares B’s submitted assessment', () => ({ path: `/assessments/${bSubmittedId}/gaps`, fields: { assessmentId: bSubmittedId, label: 'Someone else', days: '365' } })),
  [`${SHARING}#revokeShareLinkAction`]: formPost('revokeShareLinkAction: A revokes B’s link', () => ({ path: `/assessments/${bSubmittedId}/gaps`, fields: { linkId: bLinkId, assessmentId: bSubmittedId } })),
  [`${SHARING}#setMeasureAction`]: {
    access: 'session: action redirects',
    // B's draft: a switch would move the targets its rendered item shows.
    call: () => ({ path: `/assessments/${b.assessmentId}/gaps`, args: [{ ok: true }, form({ assessmentId: b.assessmentId, measure: 'IN_ROLE' })] }),
    crossUser: 'setMeasureAction: A measures B’s draft against other targets',
  },
  [`${SHARING}#setLevelsFromAction`]: formPost('setLevelsFromAction: A starts B’s gaps from other levels', () => ({ path: `/assessments/${bSubmittedId}/gaps`, fields: { assessmentId: bSubmittedId, levelsFrom: 'AGREED' } })),
  [`${SHARING}#setPriorityChoiceAction`]: formPost('setPriorityChoiceAction: A dismisses a priority of B’s', () => ({ path: `/assessments/${bSubmittedId}/gaps`, fields: { assessmentId: bSubmittedId, dismiss: 'managing-managers' } })),
  [`${BRIEFING}#saveBriefAction`]: {
    access: 'session: action redirects',
    call: () => ({
      path: `/assessments/${bSubmittedId}/brief`,
      args: [{ ok: true }, form({ assessmentId: bSubmittedId, ask: FOREIGN_ASK, includeEvidence: 'on', includePlan: 'on', includeOthers: 'on', includeLog: 'on' })],
    }),
    crossUser: 'saveBriefAction: A rewrites the ask on B’s brief',
  },
  [`${ACCOUNT}#changePassword`]: formPost(OWN_ACCOUNT, () => ({ path: '/account', fields: { currentPassword: PASSWORD, newPassword: 'amber harbour violet canyon 73' } })),
  [`${ACCOUNT}#changeNameAction`]: formPost(OWN_ACCOUNT, () => ({ path: '/account', fields: { name: 'Renamed by someone else' } })),
  [`${ACCOUNT}#changeEmailAction`]: formPost(OWN_ACCOUNT, () => ({ path: '/account', fields: { email: 'taken-over@example.com', currentPassword: PASSWORD } })),
  [`${ACCOUNT}#endSessionAction`]: formPost('endSessionAction: A ends B’s session', () => ({ path: '/account', fields: { sessionId: bOtherSessionId } })),
  [`${ACCOUNT}#signOutEverywhere`]: { access: 'session: action redirects', call: () => ({ path: '/account', args: [{ ok: true }, form({})] }), crossUser: SIGN_OUT_CASE },
  [`${ACCOUNT}#issueCalendarFeed`]: formPost('takes no id: makes a feed of the caller’s own dates', () => ({ path: '/account', fields: {} })),
  [`${ACCOUNT}#turnOffCalendarFeedAction`]: formPost('turnOffCalendarFeedAction: A turns off a feed, and B’s stays on', () => ({ path: '/account', fields: {} })),
  [`${ACCOUNT}#deleteMyAccount`]: formPost(OWN_ACCOUNT, () => ({ path: '/account', fields: { confirmation: 'delete my account' } })),
  [`${PLAN}#createGoalAction`]: formPost('takes no id: adds a goal to the caller’s own plan', () => ({ path: '/plan/new', fields: { itemKey: 'managing-managers', ...goalFields('A new goal') } })),
  [`${PLAN}#updateGoalAction`]: formPost('updateGoalAction: A rewrites B’s goal', () => ({ path: `/plan/${bGoalId}/edit`, fields: { goalId: bGoalId, ...goalFields('Rewritten by someone else') } })),
  [`${PLAN}#setGoalStatusAction`]: formPost('setGoalStatusAction: A drops B’s goal', () => ({ path: '/plan', fields: { goalId: bGoalId, status: 'DROPPED' } })),
  [`${PLAN}#addGoalNoteAction`]: formPost('addGoalNoteAction: A writes a note on B’s goal', () => ({ path: '/plan', fields: { goalId: bGoalId, text: 'Written by someone else' } })),
  [`${PLAN}#deleteGoalAction`]: formPost('deleteGoalAction: A deletes B’s goal', () => ({ path: '/plan', fields: { goalId: bGoalId } })),
  [`${PLAN}#deleteItemGoalsAction`]: formPost('deleteItemGoalsAction: A deletes the goals on the item B has goals on', () => ({ path: '/plan', fields: { itemKey: 'managing-managers' } })),
  [`${PLAN}#setReviewDateAction`]: formPost('takes no id: sets the caller’s own review date', () => ({ path: '/', fields: { nextReviewOn: '2027-02-01' } })),
  [`${INVITING}#createInvitationAction`]: formPost('createInvitationAction: A invites someone to rate B', () => ({ path: `/assessments/${b.assessmentId}/others`, fields: { assessmentId: b.assessmentId, role: 'MANAGER', note: '', days: '14' } })),
  [`${INVITING}#extendInvitationAction`]: formPost('extendInvitationAction: A extends B’s invitation', () => ({ path: `/assessments/${b.assessmentId}/others`, fields: { assessmentId: b.assessmentId, invitationId: bOpenInvitationId, days: '90' } })),
  [`${INVITING}#renewInvitationLinkAction`]: formPost('renewInvitationLinkAction: A takes a new link for B’s invitation', () => ({ path: `/assessments/${b.assessmentId}/others`, fields: { assessmentId: b.assessmentId, invitationId: bOpenInvitationId } })),
  [`${INVITING}#withdrawInvitationAction`]: formPost('withdrawInvitationAction: A withdraws B’s invitation to R', () => ({ path: `/assessments/${b.assessmentId}/others`, fields: { assessmentId: b.assessmentId, invitationId: rInvitationId } })),
  [`${AGREEING}#agreedLevelAction`]: {
    access: 'session: action redirects',
    call: () => ({
      path: `/assessments/${bSubmittedId}/others/view/managing-managers`,
      args: [{ ok: true }, form({ assessmentId: bSubmittedId, itemId, intent: 'save', level: '3', agreedWith: 'Someone else', note: '' })],
    }),
    crossUser: 'agreedLevelAction: A records an agreed level on B’s assessment',
  },
  'app/(app)/invitations/actions.ts#acceptInvitationAction': {
    access: 'session: action redirects',
    call: () => ({ path: `/invitations/${bUsedToken}`, args: [{ ok: true }, form({ token: bUsedToken })] }),
    crossUser: 'acceptInvitationAction: A takes the link R accepted',
  },
  [`${RATING}#saveRatingAction`]: {
    access: 'session: action redirects',
    call: () => ({ path: `/rate/${rInvitationId}`, args: [rating()] }),
    crossUser: 'saveRatingAction: A rewrites R’s rating of B',
  },
  [`${RATING}#saveOverallCommentAction`]: {
    access: 'session: action redirects',
    call: () => ({ path: `/rate/${rInvitationId}`, args: [{ invitationId: rInvitationId, baseRevision: 0, comment: 'Written by someone else' }] }),
    crossUser: 'saveOverallCommentAction: A writes R’s overall comment',
  },
  [`${RATING}#saveAllRatingsAction`]: {
    access: 'session: action redirects',
    call: () => ({
      path: `/rate/${rInvitationId}`,
      args: [{ ok: true }, form({ invitationId: rInvitationId, [`level:${itemId}`]: '1', [`evidence:${itemId}`]: 'Written by someone else', [`baseRevision:${itemId}`]: '1' })],
    }),
    crossUser: 'saveAllRatingsAction: A posts R’s no-JavaScript rating form',
  },
  [`${RATING}#submitRatingAction`]: formPost('submitRatingAction: A submits R’s rating', () => ({ path: `/rate/${rInvitationId}`, fields: { invitationId: rInvitationId } })),
  [`${EVIDENCE}#createEvidenceAction`]: {
    access: 'session: action redirects',
    call: () => ({ path: '/evidence/new', args: [{ ok: true }, form(entryFields('Logged by someone else', bGoalId))] }),
    crossUser: 'createEvidenceAction: A logs evidence against B’s goal',
  },
  [`${EVIDENCE}#updateEvidenceAction`]: formPost('updateEvidenceAction: A rewrites B’s entry', () => ({ path: `/evidence/${bEntryId}/edit`, fields: { entryId: bEntryId, ...entryFields('Rewritten by someone else') } })),
  [`${EVIDENCE}#deleteEvidenceAction`]: formPost('deleteEvidenceAction: A deletes B’s entry', () => ({ path: '/evidence', fields: { entryId: bEntryId } })),
  [`${ACCOUNT}#saveEmailSettingsAction`]: formPost('takes no id: changes the caller’s own email settings', () => ({ path: '/account', fields: { digestDay: '3', reviewReminders: 'on' } })),
  'app/(app)/unsubscribe/actions.ts#unsubscribeAction': {
    access: 'public',
    why: 'its token is an HMAC of one kind of email and one account or invitation email; it turns off that kind for that one, and a forged or altered token changes nothing (tests/integration/email.test.ts)',
  },
  'app/(app)/signup/actions.ts#signUp': { access: 'public', why: 'creates a new account; reads and changes no existing one' },
  'app/(app)/actions.ts#signOut': { access: 'public', why: 'ends the session the caller’s own cookie names, and forgets the cookie' },
};

type RouteDecision = {
  access: 'public' | 'session: page redirects' | 'session: 401';
  /** A URL of the route to check the claim on, signed out. */
  sample: () => string;
  crossUser: string;
};

// Every page and route handler in the build, and how it is protected.
const ROUTES: Record<string, RouteDecision> = {
  '/': { access: 'public', sample: () => '/', crossUser: 'no user data' },
  '/about': { access: 'public', sample: () => '/about', crossUser: 'no user data' },
  '/framework': { access: 'public', sample: () => '/framework', crossUser: 'no user data' },
  '/framework/[key]': { access: 'public', sample: () => '/framework/managing-managers', crossUser: 'no user data' },
  '/archetypes/[key]': { access: 'public', sample: () => '/archetypes/head-of-engineering', crossUser: 'no user data' },
  '/signin': { access: 'public', sample: () => '/signin', crossUser: 'no user data' },
  '/signup': { access: 'public', sample: () => '/signup', crossUser: 'no user data' },
  '/api/health': { access: 'public', sample: () => '/api/health', crossUser: 'no user data' },
  '/api/auth/[...nextauth]': { access: 'public', sample: () => '/api/auth/session', crossUser: 'next-auth: the caller’s own session only' },
  '/_not-found': { access: 'public', sample: () => '/_not-found', crossUser: 'Next’s own error page' },
  '/icon.svg': { access: 'public', sample: () => '/icon.svg', crossUser: 'no user data' },
  '/start': { access: 'public', sample: () => '/start', crossUser: 'no user data: a redirect to sign-up or to the caller’s own Assess page' },
  '/_global-error': { access: 'public', sample: () => '/_global-error', crossUser: 'Next’s own error page' },
  // Public by design: the unguessable token is the permission.
  '/shared/[token]': { access: 'public', sample: () => `/shared/${MADE_UP_TOKEN}`, crossUser: '/shared/<made-up token>: 404' },
  '/account': { access: 'session: page redirects', sample: () => '/account', crossUser: '/account as A shows A only' },
  '/welcome': { access: 'session: page redirects', sample: () => '/welcome', crossUser: '/welcome as A, who has begun, leads home' },
  '/assess': { access: 'session: page redirects', sample: () => '/assess', crossUser: '/assess as A leads to A’s draft, not B’s' },
  '/assessments': { access: 'session: page redirects', sample: () => '/assessments', crossUser: '/assessments as A lists A’s assessment, not B’s' },
  '/assessments/[id]': { access: 'session: page redirects', sample: () => `/assessments/${b.assessmentId}`, crossUser: '/assessments/<B’s id> as A: 404' },
  '/assessments/[id]/gaps': { access: 'session: page redirects', sample: () => `/assessments/${bSubmittedId}/gaps`, crossUser: '/assessments/<B’s id>/gaps as A: 404' },
  '/assessments/[id]/export/[format]': { access: 'session: 401', sample: () => `/assessments/${bSubmittedId}/export/json`, crossUser: '/assessments/<B’s id>/export/json as A: 404' },
  '/progress': { access: 'session: page redirects', sample: () => '/progress', crossUser: '/progress as A shows nothing of B' },
  '/progress/compare': {
    access: 'session: page redirects',
    sample: () => `/progress/compare?from=${bSubmittedId}&to=${b.assessmentId}`,
    crossUser: '/progress/compare of A’s and B’s assessments as A: 404',
  },
  '/progress/calibration': { access: 'session: page redirects', sample: () => '/progress/calibration', crossUser: '/progress/calibration as A shows nothing of B' },
  '/progress/items/[key]': {
    access: 'session: page redirects',
    sample: () => '/progress/items/managing-managers',
    crossUser: '/progress/items/<item> as A, who has submitted nothing: 404',
  },
  '/plan': { access: 'session: page redirects', sample: () => '/plan', crossUser: '/plan as A shows nothing of B' },
  '/assessments/[id]/brief': { access: 'session: page redirects', sample: () => `/assessments/${bSubmittedId}/brief`, crossUser: '/assessments/<B’s id>/brief as A: 404' },
  '/assessments/[id]/others': { access: 'session: page redirects', sample: () => `/assessments/${b.assessmentId}/others`, crossUser: '/assessments/<B’s id>/others as A: 404' },
  '/assessments/[id]/others/view': {
    access: 'session: page redirects',
    sample: () => `/assessments/${b.assessmentId}/others/view`,
    crossUser: '/assessments/<B’s id>/others/view as A: 404',
  },
  '/assessments/[id]/others/view/[item]': {
    access: 'session: page redirects',
    sample: () => `/assessments/${bSubmittedId}/others/view/managing-managers`,
    crossUser: '/assessments/<B’s id>/others/view/<item> as A: 404',
  },
  '/invitations': { access: 'session: page redirects', sample: () => '/invitations', crossUser: '/invitations as A shows nothing of B or R' },
  '/invitations/compare': { access: 'session: page redirects', sample: () => '/invitations/compare', crossUser: '/invitations/compare as A shows nothing of B or R' },
  // Public by design: the unguessable token is the permission, and it says only who asked and why.
  '/invitations/[token]': { access: 'public', sample: () => `/invitations/${MADE_UP_TOKEN}`, crossUser: '/invitations/<made-up token>: 404' },
  '/rate/[id]': { access: 'session: page redirects', sample: () => `/rate/${rInvitationId}`, crossUser: '/rate/<R’s invitation> as A: 404' },
  '/plan/new': { access: 'session: page redirects', sample: () => '/plan/new?item=managing-managers', crossUser: '/plan/new from B’s assessment as A shows nothing of B' },
  '/plan/[goalId]/edit': { access: 'session: page redirects', sample: () => `/plan/${bGoalId}/edit`, crossUser: '/plan/<B’s goal>/edit as A: 404' },
  // Public by design: the unguessable token is the permission, and it shows only dates and goals' wording.
  '/unsubscribe/[token]': { access: 'public', sample: () => `/unsubscribe/digest.${'a'.repeat(25)}.${MADE_UP_TOKEN}`, crossUser: 'a made-up or altered token: 404' },
  '/unsubscribe/[token]/one-click': { access: 'public', sample: () => `/unsubscribe/digest.${'a'.repeat(25)}.${MADE_UP_TOKEN}/one-click`, crossUser: 'a made-up or altered token: 404' },
  '/calendar/[token]': { access: 'public', sample: () => `/calendar/${MADE_UP_TOKEN}`, crossUser: '/calendar/<made-up token>: 404' },
  '/plan/calendar.ics': { access: 'session: 401', sample: () => '/plan/calendar.ics', crossUser: '/plan/calendar.ics as A holds A’s dates only' },
  '/account/export': { access: 'session: 401', sample: () => '/account/export', crossUser: '/account/export as A holds A’s data only' },
  '/evidence': { access: 'session: page redirects', sample: () => '/evidence', crossUser: '/evidence as A shows nothing of B' },
  '/evidence/new': { access: 'session: page redirects', sample: () => `/evidence/new?goal=${bGoalId}`, crossUser: '/evidence/new with B’s goal as A shows nothing of B' },
  '/evidence/[id]/edit': { access: 'session: page redirects', sample: () => `/evidence/${bEntryId}/edit`, crossUser: '/evidence/<B’s entry>/edit as A: 404' },
};

type PageCase = {
  name: string;
  path: () => string;
  /** Whose session; A's unless said. */
  as?: () => Manager;
  headers?: Record<string, string>;
  follow?: boolean;
  check: (response: Response, body: string) => void;
};
/** A 404 that gives away none of `secrets` (B's evidence and address unless said), as A unless `as` says. */
const notFoundFor = (name: string, path: () => string, { as, secrets = () => [B_EVIDENCE, b.email] }: { as?: () => Manager; secrets?: () => string[] } = {}): PageCase => ({
  name,
  path,
  as,
  check: (response, body) => {
    expect(response.status).toBe(404);
    expectAbsent(body, ...secrets());
  },
});

/** A control: the owner (or whoever `as` names) gets the page, and it holds `text`. */
const holds = (name: string, path: () => string, as: (() => Manager) | undefined, text: () => string): PageCase => ({
  name,
  path,
  as,
  check: (response, body) => {
    expect(response.status).toBe(200);
    expect(body).toContain(text());
  },
});

/** A's own page, answered 200, with `shown` in it (when given), no trace of B and none of `absent`. */
const nothingOfB = (name: string, path: () => string, shown?: () => string, absent: () => string[] = () => []): PageCase => ({
  name,
  path,
  check: (response, body) => {
    expect(response.status).toBe(200);
    if (shown) expect(body).toContain(shown());
    expectNoTraceOfB(body);
    expectAbsent(body, ...absent());
  },
});

const PAGE_CASES: PageCase[] = [
  nothingOfB('/evidence as A shows nothing of B', () => '/evidence', () => 'Nothing logged yet'),
  {
    // A goal id in the link preselects only a goal of the viewer's own.
    name: '/evidence/new with B’s goal as A shows nothing of B',
    path: () => `/evidence/new?goal=${bGoalId}&item=managing-managers`,
    check: (response, body) => {
      expect(response.status).toBe(200);
      expectAbsent(body, B_GOAL, B_LOGGED, b.email);
    },
  },
  notFoundFor('/evidence/<B’s entry>/edit as A: 404', () => `/evidence/${bEntryId}/edit`, { secrets: () => [B_LOGGED, B_GOAL, b.email] }),
  holds('control: /evidence/<B’s entry>/edit as B holds B’s entry', () => `/evidence/${bEntryId}/edit`, () => b, () => B_LOGGED),
  nothingOfB('/ as A shows A’s home, nothing of B', () => '/', () => 'Your next step'),
  nothingOfB('/plan as A shows nothing of B', () => '/plan', () => 'No goals yet'),
  {
    // The page only echoes the id A typed into a back link; nothing of B's is read.
    name: '/plan/new from B’s assessment as A shows nothing of B',
    path: () => `/plan/new?item=managing-managers&from=${bSubmittedId}`,
    check: (response, body) => {
      expect(response.status).toBe(200);
      expectAbsent(body, b.email, B_EVIDENCE, bGoalId, B_GOAL, B_NOTE);
    },
  },
  notFoundFor('/plan/<B’s goal>/edit as A: 404', () => `/plan/${bGoalId}/edit`, { secrets: () => [B_GOAL, B_NOTE, b.email] }),
  holds('control: /plan/<B’s goal>/edit as B holds B’s goal', () => `/plan/${bGoalId}/edit`, () => b, () => B_GOAL),
  notFoundFor('/assessments/<B’s id> as A: 404', () => `/assessments/${b.assessmentId}`),
  {
    // What client-side navigation fetches: the page as React Flight, not HTML.
    // Next redirects to add its `_rsc` cache key, as a browser would follow,
    // and answers 200 with the not-found boundary's digest rather than a 404.
    name: '/assessments/<B’s id> as A, as a client navigation: not found',
    path: () => `/assessments/${b.assessmentId}`,
    headers: { RSC: '1' },
    follow: true,
    check: (response, body) => {
      expect(new URL(response.url).pathname).toBe(`/assessments/${b.assessmentId}`);
      expect(body).toContain('NEXT_HTTP_ERROR_FALLBACK;404');
      expectAbsent(body, B_EVIDENCE, b.email);
    },
  },
  {
    name: 'control: /assessments/<B’s id> as B, as a client navigation, holds B’s evidence',
    path: () => `/assessments/${b.assessmentId}`,
    as: () => b,
    headers: { RSC: '1' },
    follow: true,
    check: (_response, body) => {
      expect(body).not.toContain('NEXT_HTTP_ERROR_FALLBACK;404');
      expect(body).toContain(B_EVIDENCE);
    },
  },
  notFoundFor('/assessments/<B’s id>/gaps as A: 404', () => `/assessments/${bSubmittedId}/gaps`),
  notFoundFor('/assessments/<B’s id>/others as A: 404', () => `/assessments/${b.assessmentId}/others`),
  notFoundFor('/assessments/<B’s id>/others/view as A: 404', () => `/assessments/${bSubmittedId}/others/view`),
  notFoundFor('/assessments/<B’s id>/others/view/<item> as A: 404', () => `/assessments/${bSubmittedId}/others/view/managing-managers`),
  notFoundFor('/assessments/<B’s id>/brief as A: 404', () => `/assessments/${bSubmittedId}/brief`),
  notFoundFor('/invitations/<made-up token>: 404', () => `/invitations/${MADE_UP_TOKEN}`),
  notFoundFor('/rate/<R’s invitation> as A: 404', () => `/rate/${rInvitationId}`, { secrets: () => [R_COMMENT, B_EVIDENCE, b.email] }),
  notFoundFor('/rate/<R’s invitation> as B, whom R rates: 404 (a subject never reads a rater’s draft)', () => `/rate/${rInvitationId}`, {
    as: () => b,
    secrets: () => [R_COMMENT],
  }),
  {
    name: 'control: /rate/<R’s invitation> as R holds R’s comment and nothing of B’s self-ratings',
    path: () => `/rate/${rInvitationId}`,
    as: () => r,
    check: (response, body) => {
      expect(response.status).toBe(200);
      expect(body).toContain(R_COMMENT);
      expectAbsent(body, B_EVIDENCE, bGoalId, B_GOAL, B_NOTE);
    },
  },
  {
    name: '/assessments/<B’s id>/others as B counts R, and shows nothing R wrote',
    path: () => `/assessments/${b.assessmentId}/others`,
    as: () => b,
    check: (response, body) => {
      expect(response.status).toBe(200);
      expect(htmlToText(body)).toContain('0 of 2 have rated');
      expectAbsent(body, R_COMMENT);
    },
  },
  ...([{}, { RSC: '1' }] as Record<string, string>[]).map(
    (headers: Record<string, string>): PageCase => ({
      name: `/assessments/<B’s draft>/others/view as B${'RSC' in headers ? ', as a client navigation,' : ''} counts R, and shows nothing R wrote`,
      path: () => `/assessments/${b.assessmentId}/others/view`,
      as: () => b,
      headers,
      follow: 'RSC' in headers,
      check: (response, body) => {
        expect(response.status).toBe(200);
        expect(htmlToText(body)).toContain('0 of 2 have rated');
        expectAbsent(body, R_COMMENT);
      },
    }),
  ),
  nothingOfB('/invitations as A shows nothing of B or R', () => '/invitations', () => 'Nobody yet', () => [rInvitationId, R_COMMENT]),
  nothingOfB('/invitations/compare as A shows nothing of B or R', () => '/invitations/compare', () => 'Nobody yet', () => [rInvitationId, R_COMMENT]),
  {
    name: 'control: /invitations/compare as R shows R’s rating of B, and none of B’s self-ratings before both have submitted',
    path: () => '/invitations/compare',
    as: () => r,
    check: (response, body) => {
      expect(response.status).toBe(200);
      expect(body).toContain(`/rate/${rInvitationId}`);
      const text = htmlToText(body);
      expect(text).toContain('You: level 2');
      expect(text).toContain('Their own ratings are shown once you submit yours.');
      expect(text).not.toContain('Their own:');
      expectAbsent(body, B_EVIDENCE);
    },
  },
  nothingOfB('/progress/calibration as A shows nothing of B', () => '/progress/calibration', () => 'Nothing to compare yet'),
  {
    name: 'control: /progress/calibration as B counts nothing R has not submitted',
    path: () => '/progress/calibration',
    as: () => b,
    check: (response, body) => {
      expect(response.status).toBe(200);
      expect(body).toContain('Nothing to compare yet');
      expect(body).toContain(`/assessments/${bSubmittedId}/others`);
      expectAbsent(body, R_COMMENT, rInvitationId);
    },
  },
  holds('control: /invitations as R lists B’s request', () => '/invitations', () => r, () => `/rate/${rInvitationId}`),
  ...EXPORT_FORMAT_KEYS.map((format) =>
    notFoundFor(`/assessments/<B’s id>/export/${format} as A: 404`, () => `/assessments/${bSubmittedId}/export/${format}`),
  ),
  holds('control: /assessments/<B’s id>/export/json as B holds B’s evidence', () => `/assessments/${bSubmittedId}/export/json`, () => b, () => B_EVIDENCE),
  // Mixing one's own id with someone else's is the classic way past a check made on only one of them.
  notFoundFor('/progress/compare of A’s and B’s assessments as A: 404', () => `/progress/compare?from=${bSubmittedId}&to=${a.assessmentId}`),
  holds('control: /progress/compare of B’s two assessments as B holds B’s evidence', () => `/progress/compare?from=${bSubmittedId}&to=${b.assessmentId}`, () => b, () => B_EVIDENCE),
  // A has submitted nothing, so has no history of any item: B's submitted ratings of it stay B's.
  notFoundFor('/progress/items/<item> as A, who has submitted nothing: 404', () => '/progress/items/managing-managers'),
  holds('control: /progress/items/<item> as B shows B’s own history of it', () => '/progress/items/managing-managers', () => b, () => `/assessments/${bSubmittedId}/gaps`),
  notFoundFor('/shared/<made-up token>: 404', () => `/shared/${MADE_UP_TOKEN}`),
  holds('control: B’s own share link opens B’s summary to anyone holding it', () => bSharePath, undefined, () => B_EVIDENCE),
  nothingOfB('/progress as A shows nothing of B', () => '/progress'),
  nothingOfB('/assessments as A lists A’s assessment, not B’s', () => '/assessments', () => `/assessments/${a.assessmentId}`),
  {
    name: '/assess as A leads to A’s draft, not B’s',
    path: () => '/assess',
    check: (response) => {
      expect(response.status).toBe(307);
      expect(new URL(response.headers.get('location') ?? '', baseUrl).pathname).toBe(`/assessments/${a.assessmentId}`);
    },
  },
  {
    name: '/welcome as A, who has begun, leads home',
    path: () => '/welcome',
    check: (response) => {
      expect(response.status).toBe(307);
      expect(new URL(response.headers.get('location') ?? '', baseUrl).pathname).toBe('/');
    },
  },
  nothingOfB('/account as A shows A only', () => '/account', () => a.email),
  {
    name: '/plan/calendar.ics as A holds A’s dates only',
    path: () => '/plan/calendar.ics',
    check: (response, body) => {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expectNoTraceOfB(body);
    },
  },
  {
    name: '/calendar/<made-up token>: 404',
    path: () => `/calendar/${MADE_UP_TOKEN}`,
    check: (response, body) => {
      expect(response.status).toBe(404);
      expectNoTraceOfB(body);
    },
  },
  {
    name: '/account/export as A holds A’s data only',
    path: () => '/account/export',
    check: (response, body) => {
      expect(response.status).toBe(200);
      const { account } = z
        .object({ account: z.object({ email: z.string(), assessments: z.array(z.object({ id: z.string() })) }) })
        .parse(JSON.parse(body));
      expect(account.email).toBe(a.email);
      expect(account.assessments.map((assessment) => assessment.id)).toEqual([a.assessmentId]);
      expect(body).toContain(A_EVIDENCE);
      expectNoTraceOfB(body);
    },
  },
];

type ActionCase = {
  name: string;
  action: string;
  as: () => string;
  origin?: string;
  expectRefused: (response: ActionResponse) => void | Promise<void>;
};
const NOT_FOUND = 'This assessment or item does not exist.';
const INVITATION_NOT_FOUND = 'This assessment or invitation does not exist.';
const RATING_NOT_FOUND = 'This invitation or item does not exist.';
const idOf = (action: string) => {
  const [path = '', name = ''] = action.split('#');
  return actionId(path, name);
};
const callOf = (action: string) => {
  const decision = ACTIONS[action];
  if (decision?.access !== 'session: action redirects') throw new Error(`${action} has no call in ACTIONS`);
  return decision.call();
};
const expectResult = (expected: unknown) => ({ body, redirect }: ActionResponse) => {
  expect(redirect).toBeNull();
  expect(actionResult(body)).toEqual(expected);
};
// For results that also echo what was posted back into the form.
const expectResultLike = (expected: object) => ({ body, redirect }: ActionResponse) => {
  expect(redirect).toBeNull();
  expect(actionResult(body)).toMatchObject(expected);
};

type Refusal = {
  /** Who posts: A unless said otherwise. */
  as?: () => string;
  expecting?: (expected: object) => ActionCase['expectRefused'];
  /** What must still hold afterwards, seen from the owner's side. */
  andThen?: () => Promise<void>;
};

/** A (or `as`), posting to an action on something of B's (or R's), gets this result and no redirect. */
const refused = (name: string, action: string, result: object, { as = () => a.cookie, expecting = expectResult, andThen }: Refusal = {}): ActionCase => ({
  name,
  action,
  as,
  expectRefused: async (response) => {
    await expecting(result)(response);
    await andThen?.();
  },
});

const CROSS_USER_CASES: ActionCase[] = [
  refused('agreedLevelAction: A records an agreed level on B’s assessment', `${AGREEING}#agreedLevelAction`, { ok: false, reason: 'not-found', message: NOT_FOUND }),
  refused('createEvidenceAction: A logs evidence against B’s goal', `${EVIDENCE}#createEvidenceAction`, { ok: false, reason: 'invalid', message: 'Choose one of your own goals, or none.' }, { expecting: expectResultLike }),
  refused('updateEvidenceAction: A rewrites B’s entry', `${EVIDENCE}#updateEvidenceAction`, { ok: false, reason: 'not-found', message: ENTRY_GONE }),
  refused('deleteEvidenceAction: A deletes B’s entry', `${EVIDENCE}#deleteEvidenceAction`, { ok: false, reason: 'not-found', message: ENTRY_GONE }),
  refused('saveAnswerAction: A overwrites B’s item', `${ASSESSMENTS}#saveAnswerAction`, { ok: false, reason: 'not-found', message: NOT_FOUND }),
  {
    // Another site's page posting with B's own cookie: proxy.ts compares
    // Origin with Host before any action runs, and answers 403.
    name: 'saveAnswerAction: B’s own cookie from another site’s page (CSRF)',
    action: `${ASSESSMENTS}#saveAnswerAction`,
    as: () => b.cookie,
    origin: 'https://elsewhere.example',
    expectRefused: ({ status, body }) => {
      expect(status).toBe(403);
      expect(actionResult(body)).toBeNull();
    },
  },
  refused('saveAllAnswersAction: A posts the no-JavaScript form bound to B’s id', `${ASSESSMENTS}#saveAllAnswersAction`, { ok: false, reason: 'not-found', message: NOT_FOUND }),
  refused('submitAssessmentAction: A submits B’s draft', `${ASSESSMENTS}#submitAssessmentAction`, { ok: false, reason: 'not-found', message: NOT_FOUND }),
  refused('deleteAssessmentAction: A deletes B’s draft', `${ASSESSMENTS}#deleteAssessmentAction`, { ok: false, reason: 'not-found', message: NOT_FOUND }),
  // A has no feed, so there is nothing of A's to turn off; B's, made in the set-up, still answers (expectBUnchanged).
  refused('turnOffCalendarFeedAction: A turns off a feed, and B’s stays on', `${ACCOUNT}#turnOffCalendarFeedAction`, { ok: false, reason: 'not-found', message: 'Your calendar feed is already off.' }),
  refused('createShareLinkAction: A shares B’s submitted assessment', `${SHARING}#createShareLinkAction`, { ok: false, reason: 'not-found', message: 'Only a submitted assessment of yours can be shared.' }),
  refused('updateGoalAction: A rewrites B’s goal', `${PLAN}#updateGoalAction`, { ok: false, message: GOAL_NOT_FOUND }, { expecting: expectResultLike }),
  refused('addGoalNoteAction: A writes a note on B’s goal', `${PLAN}#addGoalNoteAction`, { ok: false, reason: 'not-found', message: GOAL_GONE }),
  refused('setGoalStatusAction: A drops B’s goal', `${PLAN}#setGoalStatusAction`, { ok: false, reason: 'not-found', message: GOAL_GONE }),
  refused('deleteGoalAction: A deletes B’s goal', `${PLAN}#deleteGoalAction`, { ok: false, reason: 'not-found', message: GOAL_GONE }),
  // A has no goals on the item: the answer is the same as for an item nobody has goals on.
  refused('deleteItemGoalsAction: A deletes the goals on the item B has goals on', `${PLAN}#deleteItemGoalsAction`, { ok: false, reason: 'not-found', message: 'There are no goals on this item to delete.' }),
  refused('endSessionAction: A ends B’s session', `${ACCOUNT}#endSessionAction`, { ok: false, reason: 'not-found', message: 'That session has already ended.' }, {
    andThen: async () => expect((await get('/account', bOtherCookie)).status).toBe(200),
  }),
  refused('revokeShareLinkAction: A revokes B’s link', `${SHARING}#revokeShareLinkAction`, { ok: false, reason: 'not-found', message: 'This link does not exist, or it is not yours.' }),
  refused('setMeasureAction: A measures B’s draft against other targets', `${SHARING}#setMeasureAction`, { ok: false, reason: 'not-found', message: 'This assessment does not exist, or it is not yours.' }),
  refused('setLevelsFromAction: A starts B’s gaps from other levels', `${SHARING}#setLevelsFromAction`, { ok: false, reason: 'not-found', message: 'This assessment does not exist, or it is not yours.' }),
  refused('setPriorityChoiceAction: A dismisses a priority of B’s', `${SHARING}#setPriorityChoiceAction`, { ok: false, reason: 'not-found', message: 'This item is not on this assessment, or the assessment is not yours.' }, {
    andThen: async () => expect(htmlToText(await (await get(bSharePath)).text())).not.toContain('Set aside from the priorities'),
  }),
  refused('saveBriefAction: A rewrites the ask on B’s brief', `${BRIEFING}#saveBriefAction`, { ok: false, reason: 'not-found', message: 'This assessment does not exist, or it is not yours.' }, {
    andThen: async () => {
      const shared = htmlToText(await (await get(bSharePath)).text());
      expect(shared).toContain('development brief');
      expect(shared).not.toContain(FOREIGN_ASK);
    },
  }),
  refused('createInvitationAction: A invites someone to rate B', `${INVITING}#createInvitationAction`, { ok: false, reason: 'not-found', message: INVITATION_NOT_FOUND }),
  refused('extendInvitationAction: A extends B’s invitation', `${INVITING}#extendInvitationAction`, { ok: false, reason: 'not-found', message: 'Only an invitation that is open or being rated can be extended.' }),
  refused('renewInvitationLinkAction: A takes a new link for B’s invitation', `${INVITING}#renewInvitationLinkAction`, { ok: false, reason: 'not-found', message: 'Only an invitation nobody has accepted yet gets a new link.' }),
  refused('withdrawInvitationAction: A withdraws B’s invitation to R', `${INVITING}#withdrawInvitationAction`, { ok: false, reason: 'not-found', message: INVITATION_NOT_FOUND }),
  refused('acceptInvitationAction: A takes the link R accepted', 'app/(app)/invitations/actions.ts#acceptInvitationAction', {
    ok: false,
    message: 'This invitation has already been accepted by another account. Each link works once: ask the person who sent it for a new one.',
  }),
  refused('saveRatingAction: A rewrites R’s rating of B', `${RATING}#saveRatingAction`, { ok: false, reason: 'not-found', message: RATING_NOT_FOUND }),
  refused('saveRatingAction: B rewrites R’s rating of B', `${RATING}#saveRatingAction`, { ok: false, reason: 'not-found', message: RATING_NOT_FOUND }, { as: () => b.cookie }),
  refused('saveOverallCommentAction: A writes R’s overall comment', `${RATING}#saveOverallCommentAction`, { ok: false, reason: 'not-found', message: RATING_NOT_FOUND }),
  refused('saveAllRatingsAction: A posts R’s no-JavaScript rating form', `${RATING}#saveAllRatingsAction`, { ok: false, reason: 'not-found', message: RATING_NOT_FOUND }),
  refused('submitRatingAction: A submits R’s rating', `${RATING}#submitRatingAction`, { ok: false, reason: 'not-found', message: RATING_NOT_FOUND }, {
    andThen: async () => expect(await (await get(`/rate/${rInvitationId}`, r.cookie)).text()).toContain('Submit ratings'),
  }),
];

beforeAll(async () => {

  // B: one submitted assessment, shared by link, and a draft with two items left unrated,
  // so that A's submit below can name them all and nothing but ownership stands in its way.
  b = await signUpManager();
  bSubmittedId = await startDraft(b.page, baseUrl, 'Start my first assessment');
  await fillDraft(b.page, B_EVIDENCE, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  await b.page.getByRole('button', { name: 'Submit assessment' }).click();
  await b.page.waitForURL(/notice=submitted/);
  b.assessmentId = await startDraft(b.page, baseUrl, 'Start a blank assessment');
  await fillDraft(b.page, B_EVIDENCE, [1, 2, 3, 4, 5, 6, 7, 8]);

  const shared = await callAction(baseUrl, {
    id: idOf(`${SHARING}#createShareLinkAction`),
    path: `/assessments/${bSubmittedId}/gaps`,
    args: [{ ok: true }, form({ assessmentId: bSubmittedId, label: 'My manager', days: '30' })],
    cookie: b.cookie,
  });
  bSharePath = z.object({ data: z.object({ path: z.string() }) }).parse(actionResult(shared.body)).data.path;
  const feed = await callAction(baseUrl, { id: idOf(`${ACCOUNT}#issueCalendarFeed`), path: '/account', args: [{ ok: true }, form({})], cookie: b.cookie });
  bCalendarPath = z.object({ data: z.object({ path: z.string() }) }).parse(actionResult(feed.body)).data.path;
  await b.page.goto(`${baseUrl}/assessments/${bSubmittedId}/gaps`);
  bLinkId = await b.page.locator('input[name="linkId"]').inputValue();

  const goal = await callAction(baseUrl, {
    id: idOf(`${PLAN}#createGoalAction`),
    path: '/plan/new',
    args: [{ ok: true }, form({ itemKey: 'managing-managers', ...goalFields(B_GOAL) })],
    cookie: b.cookie,
  });
  expect(goal.redirect).toMatch(/^\/plan\?notice=added/);
  await b.page.goto(`${baseUrl}/plan`);
  bGoalId = await b.page.locator('input[name="goalId"]').first().inputValue();
  const note = await callAction(baseUrl, { id: idOf(`${PLAN}#addGoalNoteAction`), path: '/plan', args: [{ ok: true }, form({ goalId: bGoalId, text: B_NOTE })], cookie: b.cookie });
  expect(actionResult(note.body)).toEqual({ ok: true, message: 'Note added.' });
  const entry = await callAction(baseUrl, {
    id: idOf(`${EVIDENCE}#createEvidenceAction`),
    path: '/evidence/new',
    args: [{ ok: true }, form(entryFields(B_LOGGED, bGoalId))],
    cookie: b.cookie,
  });
  bEntryId = /#entry-(.+)$/.exec(entry.redirect ?? '')?.[1] ?? '';
  expect(bEntryId).toMatch(/^[a-z0-9]+$/);

  const other = await signInOverHttp(baseUrl, b.email, PASSWORD);
  if (!other.cookie) throw new Error(`B's second sign-in failed: ${other.error ?? 'no cookie'}`);
  bOtherCookie = other.cookie;
  await b.page.goto(`${baseUrl}/account`);
  bOtherSessionId = await b.page.locator('input[name="sessionId"]').inputValue();

  // B asks R (who accepts and rates one item, unsubmitted) and one more person (not yet accepted).
  const invite = async () => {
    const created = await callAction(baseUrl, {
      id: idOf(`${INVITING}#createInvitationAction`),
      path: `/assessments/${b.assessmentId}/others`,
      args: [{ ok: true }, form({ assessmentId: b.assessmentId, role: 'MANAGER', note: 'Be frank', days: '14' })],
      cookie: b.cookie,
    });
    return z.object({ data: z.object({ path: z.string() }) }).parse(actionResult(created.body)).data.path.replace('/invitations/', '');
  };
  bUsedToken = await invite();
  await invite();
  r = await signUpManager();
  const accepted = await callAction(baseUrl, { id: idOf('app/(app)/invitations/actions.ts#acceptInvitationAction'), path: `/invitations/${bUsedToken}`, args: [{ ok: true }, form({ token: bUsedToken })], cookie: r.cookie });
  rInvitationId = (accepted.redirect ?? '').replace('/rate/', '');
  expect(rInvitationId).toMatch(/^[a-z0-9]+$/);
  const rated = await callAction(baseUrl, {
    id: idOf(`${RATING}#saveRatingAction`),
    path: `/rate/${rInvitationId}`,
    args: [{ invitationId: rInvitationId, itemId, baseRevision: 0, level: 2, noOpportunity: false, comment: R_COMMENT }],
    cookie: r.cookie,
  });
  expect(actionResult(rated.body)).toMatchObject({ ok: true, data: { revision: 1 } });
  await b.page.goto(`${baseUrl}/assessments/${b.assessmentId}/others`);
  bOpenInvitationId = await b.page.locator('input[name="invitationId"]').last().inputValue();

  a = await signUpManager();
  a.assessmentId = await startDraft(a.page, baseUrl, 'Start my first assessment');
  await fillDraft(a.page, A_EVIDENCE, []);
  aUserId = z.object({ account: z.object({ id: z.string() }) }).parse(await (await get('/account/export', a.cookie)).json()).account.id;

  bBefore = await asRendered(b);
  expect(bBefore.item).toContain('radio "Level 3 · Developing (ready to step up)" [checked]');
  expect(bBefore.item).toContain(`textbox "Evidence": ${B_EVIDENCE}`);
  expect(bBefore.history).toContain('Draft 9 of 11');
  expect(bBefore.shareLink).toBe(200);
  expect(bBefore.calendar).toBe(200);
  expect(bBefore.plan).toContain(B_GOAL);
  expect(bBefore.plan).toContain(B_NOTE);
  expect(bBefore.evidence).toContain(B_LOGGED);

  // A control that the helper reaches the action with B's session and a
  // decoded form: submitting without naming the unrated items is refused, and
  // the answer lists them.
  const control = await callAction(baseUrl, {
    id: idOf(`${ASSESSMENTS}#submitAssessmentAction`),
    path: `/assessments/${b.assessmentId}`,
    args: [{ ok: true }, form({ assessmentId: b.assessmentId })],
    cookie: b.cookie,
  });
  bUnratedKeys = z.object({ detail: z.object({ unrated: z.array(z.object({ key: z.string() })) }) }).parse(actionResult(control.body)).detail.unrated.map(({ key }) => key);
  expect(bUnratedKeys).toHaveLength(2);
  await expectBUnchanged();
});

describe('A, signed in, cannot read B’s data', () => {
  test.each(PAGE_CASES)('$name', async ({ path, as = () => a, headers, follow, check }) => {
    const response = await get(path(), as().cookie, headers, follow ? 'follow' : 'manual');
    check(response, await response.text());
  });
});

describe('A, signed in, cannot change B’s data through server actions posted directly', () => {
  test('control: the same calls as B do reach B’s data (a stale revision, so nothing is written)', async () => {
    const stale = String(Number(bBefore.revision) + 1);
    const save = await callAction(baseUrl, {
      id: idOf(`${ASSESSMENTS}#saveAnswerAction`),
      path: `/assessments/${b.assessmentId}`,
      args: [{ ...overwrite(), baseRevision: Number(stale) }],
      cookie: b.cookie,
    });
    expect(actionResult(save.body)).toMatchObject({ ok: false, reason: 'conflict', detail: { evidence: B_EVIDENCE } });
    const staleForm = overwriteForm();
    staleForm.set(`baseRevision:${itemId}`, stale);
    const saveAll = await callAction(baseUrl, {
      id: idOf(`${ASSESSMENTS}#saveAllAnswersAction`),
      path: `/assessments/${b.assessmentId}`,
      args: [{ ok: true }, staleForm],
      cookie: b.cookie,
    });
    expect(saveAll.redirect).toBe(`/assessments/${b.assessmentId}?notice=not-saved&items=${itemId}`);
    await expectBUnchanged();
  });

  test.each(CROSS_USER_CASES)('$name', async ({ action, as, origin, expectRefused }) => {
    await expectRefused(await callAction(baseUrl, { id: idOf(action), ...callOf(action), cookie: as(), origin }));
    await expectBUnchanged();
  });

  // Each extra field would move or rewrite the answer if the schema let it through.
  test.each([
    { field: 'userId', extra: () => ({ userId: aUserId }) },
    { field: 'revision', extra: () => ({ revision: 99 }) },
    { field: 'assessment', extra: () => ({ assessment: { connect: { id: a.assessmentId } } }) },
  ])('mass assignment: B’s own save with an extra $field field is refused', async ({ extra }) => {
    const response = await callAction(baseUrl, {
      id: idOf(`${ASSESSMENTS}#saveAnswerAction`),
      path: `/assessments/${b.assessmentId}`,
      args: [{ ...overwrite(), ...extra() }],
      cookie: b.cookie,
    });
    expect(actionResult(response.body)).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringMatching(/^Unrecognized key/) as string });
    await expectBUnchanged();
  });
});

describe('signed out, every protected route sends to sign-in and changes nothing', () => {
  const sessionActions = Object.entries(ACTIONS).flatMap(([action, decision]) => (decision.access === 'public' ? [] : [action]));
  test.each(sessionActions)('%s', async (action) => {
    const response = await callAction(baseUrl, { id: idOf(action), ...callOf(action) });
    expect(response.redirect).toBe('/signin');
    await expectBUnchanged();
  });

  test.each(Object.entries(ROUTES).map(([route, { access, sample }]) => ({ route, access, sample })))(
    '$route: $access',
    async ({ access, sample }) => {
      const response = await get(sample());
      const location = response.headers.get('location');
      const toSignIn = location !== null && new URL(location, baseUrl).pathname === '/signin';
      if (access === 'session: page redirects') {
        expect([response.status, toSignIn]).toEqual([307, true]);
      } else if (access === 'session: 401') {
        expect(response.status).toBe(401);
      } else {
        expect(response.status).not.toBe(401);
        expect(toSignIn).toBe(false);
      }
    },
  );
});

describe('route inventory: every route and action of the build has an authorisation decision', () => {
  const caseNames = [...PAGE_CASES, ...CROSS_USER_CASES].map((entry) => entry.name);

  test('every page and route handler is in ROUTES, and nothing else is', () => {
    expect(Object.keys(ROUTES).sort()).toEqual(listAppRoutes());
    for (const { access, crossUser } of Object.values(ROUTES)) {
      if (access !== 'public') expect(caseNames, 'a protected route names the case that proves A cannot reach B').toContain(crossUser);
    }
  });

  test('every server action is in ACTIONS, and nothing else is', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual(listServerActions().map(({ file, exportedName }) => `${file}#${exportedName}`).sort());
    for (const decision of Object.values(ACTIONS)) {
      if (decision.access === 'public' || decision.crossUser.startsWith('takes no id')) continue;
      expect([...caseNames, SIGN_OUT_CASE], 'an action that takes ids names the case that proves A cannot use B’s').toContain(decision.crossUser);
    }
  });
});

// Last, because they end sessions and links.
describe('session and link actions act on their owner only', () => {
  test(SIGN_OUT_CASE, async () => {
    const response = await callAction(baseUrl, { id: idOf(`${ACCOUNT}#signOutEverywhere`), path: '/account', args: [{ ok: true }, form({})], cookie: a.cookie });
    expect(response.redirect).toBe('/signin?notice=signed-out-everywhere');
    expect((await get('/account', a.cookie)).status).toBe(307);
    await expectBUnchanged();
  });

  test('signOut: A’s browser forgets A’s cookie; B stays signed in', async () => {
    const response = await callAction(baseUrl, { id: idOf('app/(app)/actions.ts#signOut'), path: '/', args: [], cookie: a.cookie });
    expect(response.redirect).toBe('/');
    expect(response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=;`))).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i);
    expect((await get('/account', b.cookie)).status).toBe(200);
    await expectBUnchanged();
  });

  test('control: B’s own end-session, posted the same way, does end B’s other session', async () => {
    const response = await callAction(baseUrl, { id: idOf(`${ACCOUNT}#endSessionAction`), ...callOf(`${ACCOUNT}#endSessionAction`), cookie: b.cookie });
    expect(actionResult(response.body)).toEqual({ ok: true, message: 'Session ended. That device is signed out.' });
    expect((await get('/account', bOtherCookie)).status).toBe(307);
    expect((await get('/account', b.cookie)).status).toBe(200);
  });

  test('control: B’s own revoke, posted the same way, does close B’s link', async () => {
    await callAction(baseUrl, { id: idOf(`${SHARING}#revokeShareLinkAction`), ...callOf(`${SHARING}#revokeShareLinkAction`), cookie: b.cookie });
    expect((await get(bSharePath)).status).toBe(404);
  });
});
