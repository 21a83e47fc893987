// What the fuzz test sends: for every server action and route of the build,
// an arbitrary of hostile inputs. The tables are keyed the way the build names
// things, so the inventory test can fail on anything new that has no entry.
//
// Adding an action is one entry: where it is posted, and which form fields
// (or object fields) it reads; the generic generators do the rest.
import fc from 'fast-check';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/http/action-request-guard';
import { HOSTILE_CALLBACKS } from '../support/hostile-callbacks';

export type FuzzContext = { assessmentId: string; itemId: string; goalId: string; itemKey: string };

/** Text nobody should have to handle, and text everyone forgets. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1.5',
    '1e309',
    'NaN',
    'null',
    'undefined',
    'true',
    '[]',
    '{}',
    '__proto__',
    'constructor',
    '../../etc/passwd',
    `'; DROP TABLE "User"; --`,
    '\u0000',
    '\uD800',
    '\u202Eevil',
    '𝕳𝖊𝖆𝖉 𝖔𝖋 🧑🏽‍💻',
    'x'.repeat(4_001),
    'é'.repeat(70_000),
  ),
  fc.integer().map(String),
);

/** Any value a client can encode, not only strings: the wrong types. */
export const wildValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, Number.MAX_SAFE_INTEGER + 2, 10n ** 30n, new Date(0), new Map([['a', 1]]), new Set([1])),
);

type FieldValues = (ctx: FuzzContext) => Record<string, fc.Arbitrary<unknown>>;

/** One of the real value, a hostile text, or a wrong type. */
const around = (real: string): fc.Arbitrary<unknown> => fc.oneof(fc.constant(real), hostileText, wildValue);

/** Some of the fields, plus maybe an extra one. */
function record(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.record(fields, { requiredKeys: [] }), fc.option(fc.tuple(fc.constantFrom('userId', 'revision', 'extra', '$ACTION_ID_x', '__proto__'), wildValue)))
    .map(([picked, extra]) => {
      const out: Record<string, unknown> = { ...picked };
      if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
      return out;
    });
}

/** A value as the text a form field would hold; objects without a prototype have no String(). */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner)) ?? '';
  }
}

/** A form built from the fields; non-text values as their text, as a browser would post them. */
function form(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<FormData> {
  return fc.tuple(record(fields), fc.boolean()).map(([values, repeatOne]) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) {
      const text = asText(value);
      data.append(key, text);
      if (repeatOne) data.append(key, text);
    }
    return data;
  });
}

/** The arguments the client sends: mostly well-shaped with hostile values, sometimes anything at all. */
type ArgsShape = 'input' | 'state+form' | 'none';

function argsFor(shape: ArgsShape, fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown[]> {
  const anything = fc.array(wildValue, { maxLength: 3 });
  const shaped: Record<ArgsShape, fc.Arbitrary<unknown[]>> = {
    input: fc.oneof(record(fields), wildValue).map((input) => [input]),
    'state+form': fc.tuple(fc.oneof(fc.constant({ ok: true }), wildValue), form(fields)).map(([state, data]) => [state, data]),
    none: anything,
  };
  return fc.oneof({ arbitrary: shaped[shape], weight: 3 }, { arbitrary: anything, weight: 1 });
}

export type ActionFuzz = {
  /** The page the client posts from. */
  path: (ctx: FuzzContext) => string;
  shape: ArgsShape;
  fields: FieldValues;
  /**
   * Whether the input was taken (and so may have written), from the response,
   * or, for an action that answers nothing, from the arguments themselves.
   */
  accepted: (result: unknown, redirect: string | null, args: unknown[], ctx: FuzzContext) => boolean;
  /** Tables a refused call may still write, and why. */
  mayWrite?: string[];
};

const date = fc.oneof(fc.constantFrom('2027-03-31', '2027-02-30', '1999-12-31', '2101-01-01', '2027-3-1', ' 2027-03-31 '), hostileText);
const goalFields = {
  action: hostileText,
  successMeasure: hostileText,
  targetDate: date,
  resourceKeys: hostileText,
  customTitle: hostileText,
  customUrl: fc.oneof(fc.constantFrom('https://example.com/a', 'javascript:alert(1)', 'http://', 'https://exa\u0000mple.com'), hostileText),
};
const evidenceFields = {
  occurredOn: fc.oneof(fc.constant('2026-11-20'), date),
  text: hostileText,
  url: fc.oneof(fc.constantFrom('', 'https://example.com/a', 'javascript:alert(1)', 'http://', 'ftp://example.com'), hostileText),
};
const okResult = (result: unknown) => typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === true;
/** The caller's assessment's page, or the page below it at `below`. */
const assessmentPage = (below = '') => (ctx: FuzzContext) => `/assessments/${ctx.assessmentId}${below}`;
/** An action posted from a form on the page at `path`, which answers `{ ok: true }` when it took the input. */
const formPost = (path: ActionFuzz['path'], fields: FieldValues): ActionFuzz => ({ path, shape: 'state+form', fields, accepted: okResult });
const level = fc.constantFrom('1', '3', '5', '0', '6', 'none', '');
/** Ids and tokens of the right shape that name nothing, and anything else. */
const invitationId = fc.oneof(hostileText, fc.stringMatching(/^c[a-z0-9]{24}$/));
const invitationToken = fc.oneof(hostileText, fc.stringMatching(/^[A-Za-z0-9_-]{43}$/));

// Every server action of the build; a new one fails the inventory test until it is here.
export const ACTION_FUZZ: Record<string, ActionFuzz> = {
  'app/(app)/assessments/actions.ts#saveAnswerAction': {
    path: assessmentPage(),
    shape: 'input',
    fields: (ctx) => ({
      assessmentId: around(ctx.assessmentId),
      itemId: around(ctx.itemId),
      baseRevision: fc.oneof(fc.integer({ min: -2, max: 3 }), wildValue),
      level: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constant(null), wildValue),
      noOpportunity: fc.oneof(fc.boolean(), wildValue),
      targetLevel: fc.oneof(fc.integer({ min: -1, max: 7 }), wildValue),
      confidence: fc.oneof(fc.constantFrom('LOW', 'MEDIUM', 'HIGH', 'low', null), wildValue),
      evidence: fc.oneof(hostileText, wildValue),
    }),
    accepted: okResult,
  },
  'app/(app)/assessments/actions.ts#saveAllAnswersAction': {
    path: assessmentPage(),
    shape: 'state+form',
    // One item per post, so a post is saved or refused as a whole.
    fields: (ctx) => ({
      assessmentId: around(ctx.assessmentId),
      [`baseRevision:${ctx.itemId}`]: fc.oneof(fc.constantFrom('0', '1', '-1'), hostileText),
      [`level:${ctx.itemId}`]: fc.oneof(level, hostileText),
      [`targetLevel:${ctx.itemId}`]: fc.oneof(level, hostileText),
      [`confidence:${ctx.itemId}`]: fc.oneof(fc.constantFrom('LOW', 'HIGH'), hostileText),
      [`evidence:${ctx.itemId}`]: hostileText,
    }),
    accepted: (_result, redirect) => redirect?.includes('notice=saved') === true,
  },
  'app/(app)/assessments/actions.ts#submitAssessmentAction': {
    path: assessmentPage(),
    shape: 'state+form',
    fields: (ctx) => ({ assessmentId: around(ctx.assessmentId), confirmUnrated: hostileText }),
    accepted: (_result, redirect) => redirect?.includes('notice=submitted') === true,
  },
  'app/(app)/assessments/actions.ts#deleteAssessmentAction': {
    path: assessmentPage(),
    shape: 'state+form',
    fields: (ctx) => ({ assessmentId: around(ctx.assessmentId), confirmed: fc.oneof(fc.constantFrom('no', 'YES', 'on'), hostileText) }),
    accepted: (_result, redirect) => redirect?.includes('notice=deleted') === true,
  },
  'app/(app)/assessments/actions.ts#startAssessmentAction': {
    // With a draft, any start only finds it again; without one (a fuzzed
    // delete or submit may have taken it), starting a new one is its job.
    path: () => '/assess',
    shape: 'state+form',
    fields: () => ({ from: fc.oneof(fc.constantFrom('blank', 'previous'), hostileText) }),
    accepted: (_result, redirect, _args, ctx) => redirect !== null && redirect !== `/assessments/${ctx.assessmentId}`,
  },
  'app/(app)/assessments/[id]/gaps/actions.ts#createShareLinkAction': {
    // Only a submitted assessment can be shared; the caller has a draft only.
    path: assessmentPage('/gaps'),
    shape: 'state+form',
    fields: (ctx) => ({ assessmentId: around(ctx.assessmentId), label: hostileText, days: fc.oneof(fc.integer({ min: -1, max: 400 }).map(String), hostileText) }),
    accepted: okResult,
  },
  'app/(app)/assessments/[id]/gaps/actions.ts#revokeShareLinkAction': formPost(assessmentPage('/gaps'), (ctx) => ({ linkId: hostileText, assessmentId: around(ctx.assessmentId) })),
  'app/(app)/assessments/[id]/gaps/actions.ts#setMeasureAction': formPost(assessmentPage('/gaps'), (ctx) => ({ assessmentId: around(ctx.assessmentId), measure: fc.oneof(fc.constantFrom('STEP_UP', 'IN_ROLE', 'in_role', ''), hostileText) })),
  'app/(app)/assessments/[id]/gaps/actions.ts#setLevelsFromAction': formPost(assessmentPage('/gaps'), (ctx) => ({ assessmentId: around(ctx.assessmentId), levelsFrom: fc.oneof(fc.constantFrom('SELF', 'AGREED', 'agreed', ''), hostileText) })),
  'app/(app)/assessments/[id]/gaps/actions.ts#setPriorityChoiceAction': {
    path: assessmentPage('/gaps'),
    shape: 'state+form',
    fields: (ctx) => {
      const item = fc.oneof(fc.constant(ctx.itemKey), fc.constantFrom('not-an-item', 'Managing Managers'), hostileText);
      return { assessmentId: around(ctx.assessmentId), pin: item, dismiss: item, restore: item };
    },
    accepted: okResult,
  },
  'app/(app)/assessments/[id]/brief/actions.ts#saveBriefAction': {
    path: assessmentPage('/brief'),
    shape: 'state+form',
    fields: (ctx) => {
      const tick = fc.oneof(fc.constantFrom('on', 'off', 'true', ''), hostileText);
      return { assessmentId: around(ctx.assessmentId), ask: hostileText, includeEvidence: tick, includePlan: tick, includeOthers: tick, includeLog: tick };
    },
    accepted: okResult,
  },
  // Others' view: the caller's draft is theirs to invite raters to; the fuzz
  // context holds no invitation, so every invitation id below names none.
  'app/(app)/assessments/[id]/others/actions.ts#createInvitationAction': {
    path: assessmentPage('/others'),
    shape: 'state+form',
    fields: (ctx) => ({
      assessmentId: around(ctx.assessmentId),
      role: fc.oneof(fc.constantFrom('MANAGER', 'MENTOR', 'PEER', 'peer', 'SELF'), hostileText),
      note: hostileText,
      days: fc.oneof(fc.integer({ min: -1, max: 100 }).map(String), hostileText),
      email: fc.oneof(fc.constant(''), fc.emailAddress(), hostileText),
    }),
    accepted: okResult,
  },
  'app/(app)/assessments/[id]/others/actions.ts#extendInvitationAction': formPost(assessmentPage('/others'), (ctx) => ({ assessmentId: around(ctx.assessmentId), invitationId: invitationId, days: fc.oneof(fc.integer({ min: -1, max: 100 }).map(String), hostileText) })),
  'app/(app)/assessments/[id]/others/actions.ts#renewInvitationLinkAction': formPost(assessmentPage('/others'), (ctx) => ({ assessmentId: around(ctx.assessmentId), invitationId: invitationId })),
  'app/(app)/assessments/[id]/others/actions.ts#withdrawInvitationAction': formPost(assessmentPage('/others'), (ctx) => ({ assessmentId: around(ctx.assessmentId), invitationId: invitationId })),
  // The fuzz context's assessment is a draft, which takes no agreed level: every post is refused, whatever it holds.
  'app/(app)/assessments/[id]/others/view/actions.ts#agreedLevelAction': {
    path: (ctx) => `/assessments/${ctx.assessmentId}/others/view/${ctx.itemKey}`,
    shape: 'state+form',
    fields: (ctx) => ({
      assessmentId: around(ctx.assessmentId),
      itemId: around(ctx.itemId),
      intent: fc.oneof(fc.constantFrom('save', 'clear'), hostileText),
      level: fc.oneof(fc.integer({ min: -1, max: 7 }).map(String), hostileText),
      agreedWith: hostileText,
      note: hostileText,
    }),
    accepted: okResult,
  },
  // Rating someone else: the caller holds no invitation, so none of these finds one to accept or rate through.
  'app/(app)/invitations/actions.ts#acceptInvitationAction': {
    // Posted from the invitation page, which holds the form; a made-up token's page is not found, after the action has answered.
    path: () => `/invitations/${'a'.repeat(43)}`,
    shape: 'state+form',
    fields: () => ({ token: invitationToken }),
    accepted: (_result, redirect) => redirect?.startsWith('/rate/') === true,
  },
  'app/(app)/rate/actions.ts#saveRatingAction': {
    path: () => '/rate/cfuzzinvitation000000000000',
    shape: 'input',
    fields: (ctx) => ({
      invitationId,
      itemId: around(ctx.itemId),
      baseRevision: fc.oneof(fc.integer({ min: -2, max: 3 }), wildValue),
      level: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constant(null), wildValue),
      noOpportunity: fc.oneof(fc.boolean(), wildValue),
      comment: fc.oneof(hostileText, wildValue),
    }),
    accepted: okResult,
  },
  'app/(app)/rate/actions.ts#saveOverallCommentAction': {
    path: () => '/rate/cfuzzinvitation000000000000',
    shape: 'input',
    fields: () => ({ invitationId, baseRevision: fc.oneof(fc.integer({ min: -2, max: 3 }), wildValue), comment: fc.oneof(hostileText, wildValue) }),
    accepted: okResult,
  },
  'app/(app)/rate/actions.ts#saveAllRatingsAction': {
    path: () => '/rate/cfuzzinvitation000000000000',
    shape: 'state+form',
    fields: (ctx) => ({
      invitationId,
      [`baseRevision:${ctx.itemId}`]: fc.oneof(fc.constantFrom('0', '1', '-1'), hostileText),
      [`level:${ctx.itemId}`]: fc.oneof(level, hostileText),
      [`evidence:${ctx.itemId}`]: hostileText,
      overallComment: hostileText,
      overallRevision: fc.oneof(fc.constantFrom('0', '1'), hostileText),
    }),
    accepted: (_result, redirect) => redirect?.includes('notice=saved') === true,
  },
  'app/(app)/rate/actions.ts#submitRatingAction': {
    path: () => '/rate/cfuzzinvitation000000000000',
    shape: 'state+form',
    fields: () => ({ invitationId }),
    accepted: (_result, redirect) => redirect?.includes('notice=submitted') === true,
  },
  // The evidence log, while the goal an entry may name still exists. No entry
  // of the fuzzed user's is known here: ids of the right shape name nothing.
  'app/(app)/evidence/actions.ts#createEvidenceAction': {
    path: (ctx) => `/evidence/new?goal=${ctx.goalId}`,
    shape: 'state+form',
    fields: (ctx) => ({ ...evidenceFields, itemKeys: around(ctx.itemKey), goalId: fc.oneof(around(ctx.goalId), fc.constant('')) }),
    accepted: (_result, redirect) => redirect?.startsWith('/evidence?notice=added') === true,
  },
  'app/(app)/evidence/actions.ts#updateEvidenceAction': {
    path: () => '/evidence',
    shape: 'state+form',
    fields: (ctx) => ({ entryId: invitationId, ...evidenceFields, itemKeys: around(ctx.itemKey), goalId: around(ctx.goalId) }),
    accepted: (_result, redirect) => redirect?.startsWith('/evidence?notice=updated') === true,
  },
  'app/(app)/evidence/actions.ts#deleteEvidenceAction': {
    path: () => '/evidence',
    shape: 'state+form',
    fields: () => ({ entryId: invitationId, by: fc.oneof(fc.constantFrom('item', 'month'), hostileText) }),
    accepted: (_result, redirect) => redirect?.includes('notice=deleted') === true,
  },
  // The plan. The deletions come last: once the goal is gone, the rest would only find nothing.
  'app/(app)/plan/actions.ts#createGoalAction': {
    path: () => '/plan/new',
    shape: 'state+form',
    fields: (ctx) => ({ itemKey: around(ctx.itemKey), ...goalFields }),
    accepted: (_result, redirect) => redirect?.startsWith('/plan?notice=added') === true,
  },
  'app/(app)/plan/actions.ts#updateGoalAction': {
    path: (ctx) => `/plan/${ctx.goalId}/edit`,
    shape: 'state+form',
    fields: (ctx) => ({ goalId: around(ctx.goalId), ...goalFields }),
    accepted: (_result, redirect) => redirect?.startsWith('/plan?notice=updated') === true,
  },
  'app/(app)/plan/actions.ts#setGoalStatusAction': formPost(() => '/plan', (ctx) => ({ goalId: around(ctx.goalId), status: fc.oneof(fc.constantFrom('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED', 'done'), hostileText) })),
  'app/(app)/plan/actions.ts#addGoalNoteAction': formPost(() => '/plan', (ctx) => ({ goalId: around(ctx.goalId), text: hostileText })),
  'app/(app)/plan/actions.ts#setReviewDateAction': formPost(() => '/', () => ({ nextReviewOn: date })),
  'app/(app)/plan/actions.ts#deleteGoalAction': formPost(() => '/plan', (ctx) => ({ goalId: around(ctx.goalId) })),
  'app/(app)/plan/actions.ts#deleteItemGoalsAction': formPost(() => '/plan', (ctx) => ({ itemKey: around(ctx.itemKey) })),
  'app/(app)/account/actions.ts#changePassword': {
    path: () => '/account',
    shape: 'state+form',
    fields: () => ({ currentPassword: hostileText, newPassword: hostileText }),
    accepted: okResult,
    // Every attempt that passes the schema is counted against the rate limit.
    mayWrite: ['RateLimit'],
  },
  'app/(app)/account/actions.ts#changeNameAction': formPost(() => '/account', () => ({ name: hostileText })),
  'app/(app)/account/actions.ts#changeEmailAction': {
    // The fuzzer never knows the password, so no address ever changes; an address of the right shape reaches the password check.
    path: () => '/account',
    shape: 'state+form',
    fields: () => ({ email: fc.oneof(fc.constantFrom('fuzz-moved@example.com', 'FUZZ@EXAMPLE.COM ', 'no-at-sign', 'a@b'), hostileText), currentPassword: hostileText }),
    accepted: okResult,
    // Every attempt that passes the schema is counted against the rate limit.
    mayWrite: ['RateLimit'],
  },
  'app/(app)/account/actions.ts#deleteMyAccount': {
    path: () => '/account',
    shape: 'state+form',
    fields: () => ({ confirmation: fc.oneof(fc.constantFrom('delete my account ', 'DELETE MY ACCOUNT', 'delete'), hostileText) }),
    accepted: (_result, redirect) => redirect?.startsWith('/signin?notice=deleted') === true,
  },
  'app/(app)/account/actions.ts#endSessionAction': {
    // Ids of the right shape that name no session, and anything else: neither ends one.
    path: () => '/account',
    shape: 'state+form',
    fields: () => ({ sessionId: fc.oneof(hostileText, wildValue, fc.stringMatching(/^[A-Za-z0-9_-]{32}$/)) }),
    accepted: okResult,
  },
  'app/(app)/account/actions.ts#saveEmailSettingsAction': {
    path: () => '/account',
    shape: 'state+form',
    fields: () => ({ digestDay: fc.oneof(fc.constantFrom('off', '1', '7', '8', '0'), hostileText), reviewReminders: fc.oneof(fc.constant('on'), hostileText) }),
    accepted: okResult,
    mayWrite: ['User'],
  },
  'app/(app)/unsubscribe/actions.ts#unsubscribeAction': {
    // A fuzzed token never carries a valid MAC: every one is refused and nothing changes.
    path: () => `/unsubscribe/digest.${'a'.repeat(25)}.${'a'.repeat(43)}`,
    shape: 'state+form',
    fields: () => ({ token: fc.oneof(hostileText, invitationToken.map((token) => `digest.${'a'.repeat(25)}.${token}`)) }),
    accepted: okResult,
  },
  'app/(app)/account/actions.ts#issueCalendarFeed': {
    // Its form has no fields: an empty one makes a new feed address, anything more is refused.
    path: () => '/account',
    shape: 'state+form',
    fields: () => ({}),
    accepted: okResult,
  },
  'app/(app)/account/actions.ts#turnOffCalendarFeedAction': formPost(() => '/account', () => ({})),
  'app/(app)/account/actions.ts#signOutEverywhere': {
    // Its form has no fields: an empty one ends the caller's sessions, anything more is refused. Fuzzed last, by itself.
    path: () => '/account',
    shape: 'state+form',
    fields: () => ({}),
    accepted: (_result, redirect) => redirect !== null,
  },
  'app/(app)/actions.ts#signOut': {
    // Takes no input: whatever is sent, it ends the caller's session. Fuzzed last, by itself.
    path: () => '/',
    shape: 'none',
    fields: () => ({}),
    accepted: () => true,
  },
  'app/(app)/signup/actions.ts#signUp': {
    path: () => '/signup',
    shape: 'state+form',
    fields: () => ({ name: hostileText, email: fc.oneof(hostileText, fc.emailAddress()), password: hostileText, callbackUrl: fc.oneof(fc.constantFrom(...HOSTILE_CALLBACKS), hostileText) }),
    // Accepted, it goes to the callback (made safe) or to the account page.
    accepted: (_result, redirect) => redirect !== null,
    // Every attempt that passes the schema is counted against the rate limit.
    mayWrite: ['RateLimit'],
  },
};

export type RouteRequest = { path: string; method: 'GET' | 'POST'; body?: string; contentType?: string };

export type RouteFuzz = {
  requests: (ctx: FuzzContext) => fc.Arbitrary<RouteRequest>;
  /** Tables a request may write, and why. */
  mayWrite?: string[];
  /** Why this route answers 500 by design, if it does. */
  serverErrorByDesign?: string;
};

/** A path segment: hostile text, percent-encoded as a client would send it. */
const segment: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom('%', '%00', '%ZZ', '..', '.', '%2e%2e', '%2F', 'x'.repeat(2_000), '%F0%9F%A7%91', '%C0%AF'),
);
/** Hostile text a URL can carry: encodeURIComponent throws on lone surrogates, which no client could send. */
const urlText: fc.Arbitrary<string> = hostileText.filter((text) => text.length < 3_000 && !/[\uD800-\uDFFF]/.test(text));
const query: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.oneof(urlText, segment)), { maxLength: 3 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')}` : ''));

const get = (path: (ctx: FuzzContext) => fc.Arbitrary<string>) => (ctx: FuzzContext) =>
  fc.tuple(path(ctx), query).map(([base, search]): RouteRequest => ({ path: `${base}${search}`, method: 'GET' }));
const fixed = (path: string) => get(() => fc.constant(path));

/** A page or route handler answering on the caller's session, with hostile params and search params. */
export const ROUTE_FUZZ: Record<string, RouteFuzz> = {
  '/': { requests: fixed('/') },
  '/_global-error': { requests: fixed('/_global-error'), serverErrorByDesign: 'the page shown for a server error says so with its status' },
  '/_not-found': { requests: fixed('/_not-found') },
  '/icon.svg': { requests: fixed('/icon.svg') },
  '/about': { requests: fixed('/about') },
  '/framework': { requests: fixed('/framework') },
  '/signin': {
    requests: get(() =>
      fc.oneof(
        fc.constant('/signin'),
        fc.oneof(fc.constantFrom(...HOSTILE_CALLBACKS), urlText).map((value) => `/signin?callbackUrl=${encodeURIComponent(value)}`),
        segment.map((value) => `/signin?callbackUrl=/${value}`),
      ),
    ),
  },
  '/signup': { requests: fixed('/signup') },
  '/account': { requests: fixed('/account') },
  '/welcome': { requests: fixed('/welcome') },
  '/start': { requests: fixed('/start') },
  '/assess': { requests: fixed('/assess') },
  '/assessments': { requests: fixed('/assessments') },
  '/progress': { requests: get(() => fc.oneof(fc.constant('/progress?all=1'), urlText.map((all) => `/progress?all=${encodeURIComponent(all)}`))) },
  '/plan': { requests: fixed('/plan') },
  '/evidence': { requests: get(() => fc.oneof(fc.constantFrom('/evidence?by=item', '/evidence?by=month'), urlText.map((by) => `/evidence?by=${encodeURIComponent(by)}`))) },
  '/evidence/new': {
    requests: get((ctx) =>
      fc
        .tuple(fc.oneof(fc.constant(ctx.itemKey), urlText), fc.oneof(fc.constant(ctx.goalId), urlText))
        .map(([item, goal]) => `/evidence/new?item=${encodeURIComponent(item)}&goal=${encodeURIComponent(goal)}`),
    ),
  },
  '/evidence/[id]/edit': { requests: get(() => fc.oneof(invitationId.filter((id) => /^[A-Za-z0-9_-]+$/.test(id)), segment).map((id) => `/evidence/${id}/edit`)) },
  '/invitations': { requests: fixed('/invitations') },
  '/invitations/compare': { requests: fixed('/invitations/compare') },
  '/progress/calibration': { requests: fixed('/progress/calibration') },
  '/invitations/[token]': { requests: get(() => fc.oneof(invitationToken.filter((token) => /^[A-Za-z0-9_-]+$/.test(token)), segment).map((token) => `/invitations/${token}`)) },
  '/rate/[id]': { requests: get(() => fc.oneof(invitationId.filter((id) => /^[a-z0-9]+$/.test(id)), segment).map((id) => `/rate/${id}`)) },
  '/plan/new': {
    requests: (ctx) =>
      fc
        .tuple(fc.oneof(fc.constant(ctx.itemKey), segment), fc.oneof(fc.constant(ctx.assessmentId), segment))
        .map(([item, from]): RouteRequest => ({ path: `/plan/new?item=${item}&from=${from}&item=${item}`, method: 'GET' })),
  },
  '/plan/[goalId]/edit': { requests: get((ctx) => fc.oneof(fc.constant(ctx.goalId), segment).map((id) => `/plan/${id}/edit`)) },
  '/progress/compare': {
    requests: (ctx) =>
      fc
        .tuple(fc.oneof(fc.constant(ctx.assessmentId), segment), fc.oneof(fc.constant(ctx.assessmentId), segment))
        .map(([from, to]): RouteRequest => ({ path: `/progress/compare?from=${from}&to=${to}`, method: 'GET' })),
  },
  '/progress/items/[key]': { requests: get((ctx) => fc.oneof(fc.constant(ctx.itemKey), segment).map((key) => `/progress/items/${key}`)) },
  '/framework/[key]': { requests: get(() => fc.oneof(fc.constant('/framework/managing-managers'), segment.map((key) => `/framework/${key}`))) },
  '/archetypes/[key]': { requests: get(() => fc.oneof(fc.constant('/archetypes/head-of-engineering'), segment.map((key) => `/archetypes/${key}`))) },
  '/shared/[token]': { requests: get(() => segment.map((token) => `/shared/${token}`)) },
  '/unsubscribe/[token]': { requests: get(() => fc.oneof(invitationToken.filter((token) => /^[A-Za-z0-9_-]+$/.test(token)), segment).map((token) => `/unsubscribe/digest.${'a'.repeat(25)}.${token}`)) },
  '/unsubscribe/[token]/one-click': { requests: get(() => fc.oneof(invitationToken.filter((token) => /^[A-Za-z0-9_-]+$/.test(token)), segment).map((token) => `/unsubscribe/reminder.${token}/one-click`)) },
  '/calendar/[token]': { requests: get(() => fc.oneof(invitationToken.filter((token) => /^[A-Za-z0-9_-]+$/.test(token)), segment).map((token) => `/calendar/${token}`)) },
  '/plan/calendar.ics': { requests: fixed('/plan/calendar.ics') },
  '/assessments/[id]': { requests: get((ctx) => fc.oneof(fc.constant(ctx.assessmentId), segment).map((id) => `/assessments/${id}`)) },
  '/assessments/[id]/others': { requests: get((ctx) => fc.oneof(fc.constant(ctx.assessmentId), segment).map((id) => `/assessments/${id}/others`)) },
  '/assessments/[id]/others/view': { requests: get((ctx) => fc.oneof(fc.constant(ctx.assessmentId), segment).map((id) => `/assessments/${id}/others/view`)) },
  '/assessments/[id]/others/view/[item]': {
    requests: get((ctx) =>
      fc
        .tuple(fc.oneof(fc.constant(ctx.assessmentId), segment), fc.oneof(fc.constant(ctx.itemKey), segment))
        .map(([id, item]) => `/assessments/${id}/others/view/${item}`),
    ),
  },
  '/assessments/[id]/gaps': { requests: get((ctx) => fc.oneof(fc.constant(ctx.assessmentId), segment).map((id) => `/assessments/${id}/gaps`)) },
  '/assessments/[id]/brief': { requests: get((ctx) => fc.oneof(fc.constant(ctx.assessmentId), segment).map((id) => `/assessments/${id}/brief`)) },
  '/assessments/[id]/export/[format]': {
    requests: get((ctx) =>
      fc
        .tuple(fc.oneof(fc.constant(ctx.assessmentId), segment), fc.oneof(fc.constantFrom('pdf', 'csv', 'md', 'json', 'PDF', 'exe'), segment))
        .map(([id, format]) => `/assessments/${id}/export/${format}`),
    ),
  },
  '/api/health': {
    requests: () =>
      fc.oneof(
        query.map((search): RouteRequest => ({ path: `/api/health${search}`, method: 'GET' })),
        hostileText.map((body): RouteRequest => ({ path: '/api/health', method: 'POST', body, contentType: 'application/json' })),
      ),
  },
  '/account/export': {
    requests: fixed('/account/export'),
    // Each download is recorded in the account's security log.
    mayWrite: ['AuditEvent'],
  },
  '/api/auth/[...nextauth]': {
    requests: () =>
      fc.oneof(
        fc
          .tuple(fc.constantFrom('session', 'csrf', 'providers', 'signin', 'signout', 'error', 'callback/credentials', 'callback/nope'), fc.option(segment))
          .map(([action, extra]): RouteRequest => ({ path: `/api/auth/${action}${extra ? `/${extra}` : ''}`, method: 'GET' })),
        segment.map((error): RouteRequest => ({ path: `/api/auth/error?error=${error}`, method: 'GET' })),
        fc
          .tuple(fc.constantFrom('callback/credentials', 'signin/credentials', 'signout', '_log', 'session'), record({ email: hostileText, password: hostileText, csrfToken: hostileText, callbackUrl: hostileText }))
          .map(([action, fields]): RouteRequest => ({
            path: `/api/auth/${action}`,
            method: 'POST',
            body: new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, asText(value)])).toString(),
            contentType: 'application/x-www-form-urlencoded',
          })),
      ),
    // A failed sign-in is counted and logged; that is its job.
    mayWrite: ['AuditEvent', 'SignInThrottle'],
  },
};

export function actionArgs(fuzz: ActionFuzz, ctx: FuzzContext): fc.Arbitrary<unknown[]> {
  return argsFor(fuzz.shape, fuzz.fields(ctx));
}

// Headers a client can set, and what Next, the proxy or a handler reads from
// them; fetch itself refuses Host, Content-Length and the hop-by-hop ones.
const HEADER_NAMES = [
  'Origin',
  'Referer',
  'X-Forwarded-For',
  'X-Forwarded-Host',
  'X-Forwarded-Proto',
  'X-Forwarded-Port',
  'Forwarded',
  'X-Real-IP',
  'X-Headway-Peer-Address',
  'Accept',
  'Accept-Language',
  'Accept-Encoding',
  'Content-Type',
  'Cookie',
  'User-Agent',
  'Authorization',
  'Range',
  'If-None-Match',
  'If-Modified-Since',
  'RSC',
  'Next-Action',
  'Next-Router-State-Tree',
  'Next-Router-Prefetch',
  'Next-Router-Segment-Prefetch',
  'Next-Url',
  'Next-Hmr-Refresh',
  'X-Middleware-Subrequest',
  'X-Middleware-Prefetch',
  'X-Invoke-Path',
  'X-Invoke-Query',
  'X-Matched-Path',
  'X-Nextjs-Data',
  'Purpose',
] as const;

// A header value is bytes: no NUL, CR or LF, and nothing above U+00FF.
const headerCharacter = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff })).map((code) => String.fromCharCode(code));
const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: headerCharacter, maxLength: 60 }),
  fc.constantFrom(
    '',
    '1',
    'null',
    'http://evil.example',
    'https://evil.example:443',
    'evil.example',
    '127.0.0.1, 10.0.0.1',
    '::1',
    'for=evil;host=evil.example;proto=https',
    'https',
    '%',
    '%E3%80%82',
    '[',
    '[[[[[[[[[[',
    '["",{"children":["__PAGE__",{}]},null,null,true]',
    '%5B%22%22%2C%7B%7D%5D',
    '{"a":1}',
    'text/x-component',
    'multipart/form-data; boundary=',
    'application/json',
    'bytes=0-0,5-1',
    'middleware:middleware:middleware:middleware:middleware',
    '/_not-found',
    '/api/health',
    'x'.repeat(8_000),
  ),
);

export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...HEADER_NAMES), headerValue), { maxLength: 5, selector: ([name]) => name })
  .map((pairs) => Object.fromEntries(pairs.map(([name, value]) => [name, value.trim()])));

export type ProbeRequest = { path: string; method: 'GET' | 'HEAD' | 'POST'; headers: Record<string, string>; body?: string };

/** A page or route of each kind, with a hostile query string, headers and, for a POST, a small body. */
export function probeRequests(ctx: FuzzContext): fc.Arbitrary<ProbeRequest> {
  const paths = [
    '/',
    '/signin',
    '/signup',
    '/account',
    '/framework',
    '/plan',
    `/plan/${ctx.goalId}/edit`,
    '/progress',
    `/assessments/${ctx.assessmentId}`,
    `/assessments/${ctx.assessmentId}/gaps`,
    `/assessments/${ctx.assessmentId}/export/csv`,
    '/shared/not-a-token',
    `/calendar/${'x'.repeat(43)}`,
    '/account/export',
    '/api/health',
    '/api/auth/session',
    '/api/auth/csrf',
    '/api/auth/callback/credentials',
    '/no-such-page',
  ];
  return fc
    .tuple(fc.constantFrom(...paths), query, fc.constantFrom('GET', 'HEAD', 'POST'), hostileHeaders, fc.oneof(hostileText, fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value))))
    .map(([path, search, method, headers, body]): ProbeRequest => ({ path: `${path}${search}`, method, headers, ...(method === 'POST' ? { body } : {}) }));
}

/** Body sizes around the limit on server actions, Next's own 1 MiB limit, and well past both. */
export const BODY_SIZES = [0, 1, 64 * 1024, ACTION_BODY_LIMIT_BYTES - 64, ACTION_BODY_LIMIT_BYTES, ACTION_BODY_LIMIT_BYTES + 1, 1024 * 1024 + 1, 3 * 1024 * 1024];
