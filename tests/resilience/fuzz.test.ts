// Hostile input against the built app, over HTTP, for every server action
// and every route of the build: never a 500, and an input the app refuses
// leaves the database exactly as it was (every table's rows, not only the
// caller's). Runs on Postgres, so the test can read the database while the
// app holds it.
import fc from 'fast-check';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/http/action-request-guard';
import { formOf, readDraftRevisions, signUpOverHttp, startDraftOverHttp } from '../support/http-session';
import { prepareDatabase, startNextServer, type NextServer } from '../support/next-server';
import { changedTables, fingerprint, freshDatabase, type FreshDatabase } from '../support/resilience-database';
import { listAppRoutes } from '../support/route-inventory';
import { actionId, actionResult, callAction, listServerActions } from '../support/server-actions';
import { ACTION_FUZZ, actionArgs, BODY_SIZES, probeRequests, ROUTE_FUZZ, type FuzzContext, type ProbeRequest } from './fuzz-inputs';

const PORT = Number(process.env.RESILIENCE_PORT ?? 3600) + 10;
const CLUSTER_PORT = 55434;
// Modest, so the whole suite stays within minutes; a failure prints its seed to replay it.
const ACTION_RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const ROUTE_RUNS = Math.ceil(ACTION_RUNS / 2);
// Whatever they are sent, these end the caller's session: each runs last, with a user of its own.
const LAST = ['app/(app)/account/actions.ts#signOutEverywhere', 'app/(app)/actions.ts#signOut'];

let database: FreshDatabase;
let server: NextServer;
let client: pg.Client;
let cookie = '';
let ctx: FuzzContext;

const serverLog = () => server.log().slice(-4_000);

beforeAll(async () => {
  database = await freshDatabase(CLUSTER_PORT);
  const secret = randomBytes(32).toString('base64url');
  prepareDatabase(database.url, secret);
  server = await startNextServer(PORT, database.url, secret);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  ({ cookie } = await signUpOverHttp(server.baseUrl));
  const assessmentId = await startDraftOverHttp(server.baseUrl, cookie);
  const [itemId = ''] = (await readDraftRevisions(server.baseUrl, cookie, assessmentId)).keys();
  const itemKey = 'managing-managers';
  const goal = await callAction(server.baseUrl, {
    id: actionId('app/(app)/plan/actions.ts', 'createGoalAction'),
    path: '/plan/new',
    args: [{ ok: true }, formOf({ itemKey, action: 'A goal to fuzz', successMeasure: 'It survives', targetDate: '2027-01-31' })],
    cookie,
  });
  const goalId = /#goal-([A-Za-z0-9_-]+)/.exec(goal.redirect ?? '')?.[1];
  if (!goalId) throw new Error(`Could not create a goal: ${goal.redirect ?? goal.body.slice(0, 300)}`);
  ctx = { assessmentId, itemId, goalId, itemKey };
});

afterAll(async () => {
  await client?.end();
  await server?.stop();
  await database?.drop();
});

async function expectNoWrite(before: Record<string, string>, allowed: string[] = []) {
  const changed = changedTables(before, await fingerprint(client)).filter((table) => !allowed.includes(table));
  expect(changed, 'a refused input wrote to these tables').toEqual([]);
}

describe('inventory: every action and route of the build has fuzz input', () => {
  test('every server action is in ACTION_FUZZ, and nothing else is', () => {
    const built = listServerActions().map(({ file, exportedName }) => `${file}#${exportedName}`);
    expect(Object.keys(ACTION_FUZZ).sort()).toEqual(built.sort());
  });

  test('every page and route handler is in ROUTE_FUZZ, and nothing else is', () => {
    expect(Object.keys(ROUTE_FUZZ).sort()).toEqual(listAppRoutes());
  });
});

describe('server actions: never a 500, never a partial write', () => {
  const names = Object.keys(ACTION_FUZZ).filter((name) => !LAST.includes(name));
  const fuzzAction = async (name: string, caller: () => string, runs: number) => {
    const fuzz = ACTION_FUZZ[name];
    const built = listServerActions().find(({ file, exportedName }) => `${file}#${exportedName}` === name);
    if (!fuzz || !built) throw new Error(`${name} is not in the build or has no fuzz input`);
    await fc.assert(
      fc.asyncProperty(actionArgs(fuzz, ctx), async (args) => {
        const before = await fingerprint(client);
        const response = await callAction(server.baseUrl, { id: built.id, path: fuzz.path(ctx), args, cookie: caller() });
        expect(response.status, `${name} answered ${response.status}; app log:\n${serverLog()}`).toBeLessThan(500);
        if (!fuzz.accepted(actionResult(response.body), response.redirect, args, ctx)) await expectNoWrite(before, fuzz.mayWrite);
      }),
      { numRuns: runs },
    );
  };

  test.each(names)('%s', (name) => fuzzAction(name, () => cookie, ACTION_RUNS));

  test.each(LAST)('%s', async (name) => {
    const own = await signUpOverHttp(server.baseUrl);
    await fuzzAction(name, () => own.cookie, Math.ceil(ACTION_RUNS / 3));
  });
});

describe('pages and route handlers: never a 500, no write beyond what the route is for', () => {
  test.each(Object.keys(ROUTE_FUZZ))('%s', async (route) => {
    const fuzz = ROUTE_FUZZ[route];
    if (!fuzz) throw new Error(`${route} has no fuzz input`);
    await fc.assert(
      fc.asyncProperty(fuzz.requests(ctx), async ({ path, method, body, contentType }) => {
        const before = await fingerprint(client);
        const headers: Record<string, string> = { Cookie: cookie, ...(contentType ? { 'Content-Type': contentType } : {}) };
        const response = await fetch(`${server.baseUrl}${path}`, { method, body, headers, redirect: 'manual' });
        await response.arrayBuffer();
        const limit = fuzz.serverErrorByDesign ? 501 : 500;
        expect(response.status, `${method} ${path} answered ${response.status}; app log:\n${serverLog()}`).toBeLessThan(limit);
        await expectNoWrite(before, fuzz.mayWrite);
      }),
      { numRuns: ROUTE_RUNS },
    );
  });
});

describe('headers, query strings and body sizes: never a 500', () => {
  // A sign-in attempt is counted and logged, and a download is logged: that is their job.
  const mayWrite = ['AuditEvent', 'SignInThrottle'];

  // Counterexamples the property once found, tried on every run.
  const FOUND_BY_FUZZ: [ProbeRequest][] = [
    [{ path: '/', method: 'POST', headers: { 'Next-Router-Prefetch': '!', 'Next-Action': '', Origin: '' }, body: '{}' }],
    [{ path: '/', method: 'POST', headers: { 'Next-Router-Prefetch': '1', 'Next-Action': '' }, body: '[]' }],
  ];

  test('any page or route, with hostile headers and query strings', async () => {
    await fc.assert(
      fc.asyncProperty(probeRequests(ctx), async ({ path, method, headers, body }) => {
        const before = await fingerprint(client);
        const response = await fetch(`${server.baseUrl}${path}`, { method, headers: { Cookie: cookie, ...headers }, body, redirect: 'manual' });
        await response.arrayBuffer();
        expect(response.status, `${method} ${path} ${JSON.stringify(headers).slice(0, 500)} answered ${response.status}; app log:\n${serverLog()}`).toBeLessThan(500);
        await expectNoWrite(before, mayWrite);
      }),
      { numRuns: ACTION_RUNS * 4, examples: FOUND_BY_FUZZ },
    );
  });

  const bodyOf = (size: number) => JSON.stringify([{ ok: true }, 'x'.repeat(Math.max(0, size - 16))]).slice(0, Math.max(size, 0));

  test.each(BODY_SIZES)('a server action with a body of %i bytes: 413 past the limit, never a 500', async (size) => {
    const before = await fingerprint(client);
    const id = actionId('app/(app)/signup/actions.ts', 'signUp');
    const response = await fetch(`${server.baseUrl}/signup`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Next-Action': id, Accept: 'text/x-component', Origin: server.baseUrl, 'Content-Type': 'text/plain;charset=UTF-8' },
      body: bodyOf(size),
    });
    await response.arrayBuffer();
    expect(response.status, `app log:\n${serverLog()}`).toBeLessThan(500);
    if (size > ACTION_BODY_LIMIT_BYTES) expect(response.status).toBe(413);
    await expectNoWrite(before);
  });

  test.each(BODY_SIZES)('a form post of %i bytes to a page: never a 500', async (size) => {
    const before = await fingerprint(client);
    const form = new FormData();
    form.append('0', '["$K1"]');
    form.append('1_evidence', 'x'.repeat(size));
    const response = await fetch(`${server.baseUrl}/signup`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Next-Action': actionId('app/(app)/signup/actions.ts', 'signUp'), Accept: 'text/x-component', Origin: server.baseUrl, Cookie: cookie },
      body: form,
    });
    await response.arrayBuffer();
    expect(response.status, `app log:\n${serverLog()}`).toBeLessThan(500);
    await expectNoWrite(before);
  });

  test.each(['/api/health', '/api/auth/callback/credentials', '/api/auth/signout'])('%s with a body of 3 MB: never a 500', async (path) => {
    const before = await fingerprint(client);
    const response = await fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `email=${'a'.repeat(3 * 1024 * 1024)}`,
    });
    await response.arrayBuffer();
    expect(response.status, `app log:\n${serverLog()}`).toBeLessThan(500);
    await expectNoWrite(before, mayWrite);
  });
});
