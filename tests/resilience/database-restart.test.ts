// The database stops under a steady stream of autosaves and page loads, stays
// down for a few seconds and comes back, on a Postgres cluster of the test's
// own. While it is down every request still completes, with a clear answer;
// afterwards the same app process serves again, and every save it
// acknowledged is in the database.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { z } from 'zod';
import { launchBrowser } from '../support/browser';
import { answerInput, formOf, readDraftRevisions, SESSION_COOKIE, signUpOverHttp, startDraftOverHttp } from '../support/http-session';
import { prepareDatabase, startNextServer, type NextServer } from '../support/next-server';
import { startCluster, type PostgresCluster } from '../support/postgres-cluster';
import { withPgClient } from '@/lib/db/pg-client';
import { actionId, actionResult, callAction } from '../support/server-actions';

const PORT = Number(process.env.RESILIENCE_PORT ?? 3600) + 20;
const CLUSTER_PORT = 55433;
const DOWN_FOR_MS = 5_000;
// Far beyond the app's pool and statement timeouts (5 s to connect, 15–20 s
// per statement): a request still open by then is hung, not slow.
const HANG_MS = 60_000;

// 'stopping' and 'restarting': begun while `pg_ctl` runs, so either answer is right.
type Phase = 'before' | 'stopping' | 'down' | 'restarting' | 'after';
type Ack = { itemId: string; evidence: string; baseRevision: number; revision: number };

const saveResultSchema = z.union([
  z.object({ ok: z.literal(true), data: z.object({ revision: z.number(), evidence: z.string() }) }),
  z.object({ ok: z.literal(false), reason: z.string(), message: z.string() }),
]);

let cluster: PostgresCluster;
let server: NextServer;
let browser: Browser | undefined;
let databaseUrl = '';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<boolean> | boolean, what: string, limitMs = 90_000) {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting: ${what}`);
    await sleep(200);
  }
}

beforeAll(async () => {
  cluster = await startCluster(CLUSTER_PORT);
  databaseUrl = await cluster.createDatabase('headway');
  const secret = randomBytes(32).toString('base64url');
  prepareDatabase(databaseUrl, secret);
  server = await startNextServer(PORT, databaseUrl, secret);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await cluster?.destroy();
});

test('a database restart under load: clear answers while down, service again after, no acknowledged save lost', async () => {
  const { baseUrl } = server;
  const { cookie } = await signUpOverHttp(baseUrl);
  const assessmentId = await startDraftOverHttp(baseUrl, cookie);
  const revisions = await readDraftRevisions(baseUrl, cookie, assessmentId);
  const itemIds = [...revisions.keys()];
  const browserItem = itemIds.at(-1) ?? '';
  const saveId = actionId('app/(app)/assessments/actions.ts', 'saveAnswerAction');

  let phase: Phase = 'before';
  let running = true;
  let hangs = 0;
  let serial = 0;
  const acks: (Ack & { phase: Phase })[] = [];
  const refusals: { phase: Phase; endedIn: Phase; status: number; reason: string }[] = [];
  const pages: { phase: Phase; endedIn: Phase; knownDown: boolean; path: string; status: number }[] = [];
  // Set once the app has itself seen the outage (its health check said so).
  let knownDown = false;
  const guard = () => AbortSignal.timeout(HANG_MS);

  // Each writer owns its items, and sends the revision its last acknowledged
  // save returned; an unacknowledged save is sent again unchanged, as the
  // form's retry does.
  const writer = async (items: string[]) => {
    const pending = new Map<string, string>();
    while (running) {
      for (const itemId of items) {
        const evidence = pending.get(itemId) ?? `Save ${++serial} of item ${itemId}`;
        const baseRevision = revisions.get(itemId) ?? 0;
        const startedIn = phase;
        try {
          const response = await callAction(baseUrl, {
            id: saveId,
            path: `/assessments/${assessmentId}`,
            args: [answerInput(assessmentId, itemId, baseRevision, evidence)],
            cookie,
            signal: guard(),
          });
          const result = saveResultSchema.safeParse(actionResult(response.body));
          if (result.success && result.data.ok) {
            acks.push({ itemId, evidence, baseRevision, revision: result.data.data.revision, phase: startedIn });
            revisions.set(itemId, result.data.data.revision);
            pending.delete(itemId);
          } else {
            refusals.push({ phase: startedIn, endedIn: phase, status: response.status, reason: result.success && !result.data.ok ? result.data.reason : 'no result' });
            pending.set(itemId, evidence);
          }
        } catch (error) {
          if (error instanceof Error && error.name === 'TimeoutError') hangs += 1;
          else throw error;
        }
      }
      await sleep(50);
    }
  };

  const reader = async () => {
    const paths = [`/assessments/${assessmentId}`, '/progress', '/assessments', '/api/health'];
    for (let index = 0; running; index += 1) {
      const path = paths[index % paths.length] ?? '/';
      const startedIn = phase;
      const startedKnownDown = knownDown;
      try {
        const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: 'manual', signal: guard() });
        await response.arrayBuffer();
        pages.push({ phase: startedIn, endedIn: phase, knownDown: startedKnownDown, path, status: response.status });
      } catch (error) {
        if (error instanceof Error && error.name === 'TimeoutError') hangs += 1;
        else throw error;
      }
      await sleep(100);
    }
  };

  const half = Math.ceil((itemIds.length - 1) / 2);
  const load = Promise.all([writer(itemIds.slice(0, half)), writer(itemIds.slice(half, -1)), reader()]);

  // The form in a browser, open on the same draft before the outage.
  browser = await launchBrowser();
  const context = await browser.newContext();
  await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=').slice(1).join('='), url: baseUrl }]);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/assessments/${assessmentId}`);
  await page.waitForLoadState('networkidle');
  const evidenceBox = page.locator(`textarea[name="evidence:${browserItem}"]`);
  const card = page.getByRole('region').filter({ has: evidenceBox }).last();

  await until(() => acks.length >= 10, 'ten acknowledged saves before the outage');

  // Down.
  phase = 'stopping';
  await cluster.stop();
  phase = 'down';
  const downSince = Date.now();

  const health = await fetch(`${baseUrl}/api/health`, { signal: guard() });
  expect(health.status).toBe(503);
  expect(z.object({ status: z.string(), reason: z.string().min(1) }).parse(await health.json()).status).toBe('unavailable');
  knownDown = true;

  // A form action says so in its result; a route handler answers 503 with a reason.
  const deleteWhileDown = await callAction(baseUrl, {
    id: actionId('app/(app)/assessments/actions.ts', 'deleteAssessmentAction'),
    path: `/assessments/${assessmentId}`,
    args: [{ ok: true }, formOf({ assessmentId })],
    cookie,
    signal: guard(),
  });
  expect(actionResult(deleteWhileDown.body)).toMatchObject({ ok: false, reason: 'unavailable', message: expect.stringMatching(/temporarily unavailable/) as string });
  const exportWhileDown = await fetch(`${baseUrl}/account/export`, { headers: { Cookie: cookie }, signal: guard() });
  expect(exportWhileDown.status).toBe(503);
  expect(await exportWhileDown.json()).toMatchObject({ reason: 'unavailable' });

  await evidenceBox.fill('Typed in the browser while the database was down');
  await card.getByText(/not saved.*retrying/i).waitFor();

  // A page asked for now is answered before it renders: 503, saying why, with a hint when to retry.
  const other = await context.newPage();
  const pageWhileDown = await other.goto(`${baseUrl}/progress`);
  expect(pageWhileDown?.status()).toBe(503);
  expect(await pageWhileDown?.headerValue('retry-after')).toBe('5');
  await other.getByRole('heading', { name: 'Headway is temporarily unavailable' }).waitFor();
  expect(await other.getByRole('alert').textContent()).toContain('What you saved before is kept');

  await until(() => refusals.some((refusal) => refusal.phase === 'down') && pages.some((entry) => entry.phase === 'down'), 'requests during the outage');
  await sleep(Math.max(0, DOWN_FOR_MS - (Date.now() - downSince)));

  // Back.
  phase = 'restarting';
  await cluster.start();
  phase = 'after';
  await until(async () => (await fetch(`${baseUrl}/api/health`)).ok, 'the same app process healthy again');
  const acksBefore = acks.length;
  await until(() => acks.filter((ack) => ack.phase === 'after').length >= 10 && acks.length > acksBefore, 'saves acknowledged after the restart');
  await until(() => pages.filter((entry) => entry.phase === 'after' && entry.status === 200).length >= 4, 'pages served after the restart');
  // The form saves what was typed during the outage on its own next retry.
  await card.getByText('Saved', { exact: true }).waitFor({ timeout: 60_000 });
  running = false;
  await load;

  expect(hangs, 'requests that never completed').toBe(0);
  // Begun and answered while down: an explicit 'unavailable' result, never a 500 or a conflict.
  const downRefusals = refusals.filter((refusal) => refusal.phase === 'down' && refusal.endedIn === 'down');
  expect(downRefusals.length).toBeGreaterThan(0);
  expect(new Set(downRefusals.map(({ status, reason }) => `${status} ${reason}`))).toEqual(new Set(['200 unavailable']));
  // Across a stop or start, a failure may be checked against a database that is already back, and read as
  // 'failed' rather than 'unavailable'; the form retries both. Wholly before or after, nothing is refused.
  const transition = refusals.filter((refusal) => refusal.phase !== 'down' && refusal.phase !== refusal.endedIn);
  expect(transition.filter((refusal) => !['unavailable', 'failed'].includes(refusal.reason))).toEqual([]);
  expect(refusals.filter((refusal) => refusal.phase === refusal.endedIn && (refusal.phase === 'before' || refusal.phase === 'after'))).toEqual([]);
  // Once the outage has been seen, every page answers 503 before rendering. A page that was already on its
  // way when the database went may still fail part-way, as a 500; none answers 200 while the database is down.
  const downPages = pages.filter((candidate) => candidate.phase === 'down' && candidate.endedIn === 'down');
  for (const entry of downPages) {
    if (entry.path === '/api/health' || entry.knownDown) expect(entry.status, `${entry.path} while down`).toBe(503);
    else expect(entry.status, `${entry.path} while down`).not.toBe(200);
  }
  expect(downPages.filter((entry) => entry.knownDown && entry.path !== '/api/health').length).toBeGreaterThan(0);
  expect(pages.filter((entry) => entry.phase === 'after').at(-1)?.status).toBe(200);

  // Every acknowledged save is in the database: the last of each item is the
  // row as stored, and each earlier one is the revision its successor was
  // written on top of (the write is conditional on it).
  const stored = await withPgClient(databaseUrl, (client) =>
    client.query<{ itemId: string; evidence: string; revision: number }>(
      `SELECT "itemId", evidence, revision FROM "AssessmentAnswer" WHERE "assessmentId" = $1`,
      [assessmentId],
    ),
  );
  const rows = new Map(stored.rows.map((row) => [row.itemId, row]));
  let found = 0;
  for (const itemId of itemIds) {
    const chain = acks.filter((ack) => ack.itemId === itemId).sort((a, b) => a.revision - b.revision);
    chain.forEach((ack, index) => {
      const next = chain[index + 1];
      const row = rows.get(itemId);
      const kept = next ? next.baseRevision === ack.revision : row?.revision === ack.revision && row.evidence === ack.evidence;
      if (kept) found += 1;
    });
  }
  const browserRow = rows.get(browserItem);
  const begunDown = pages.filter((entry) => entry.phase === 'down').length;
  const answeredDown = (status: number) => downPages.filter((entry) => entry.status === status).length;
  console.log(
    `Database restart: ${acks.length} saves acknowledged (${acks.filter((ack) => ack.phase === 'down').length} begun while down), ` +
      `${found} found in the database afterwards; ${downRefusals.length} saves refused as unavailable while down; ` +
      `${downPages.length} page loads begun and answered while down (${answeredDown(503)} answered 503, ${answeredDown(500)} answered 500) ` +
      `and ${begunDown - downPages.length} begun while down and answered once it was back, none hung.`,
  );
  expect(found).toBe(acks.length);
  expect(browserRow?.evidence).toBe('Typed in the browser while the database was down');
});
