// Two app processes behind one Postgres database, as behind a load balancer:
// whatever one knows about a person (session, failed sign-ins, answers) the
// other knows too, because it lives in the database and nowhere else.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  answerInput,
  PASSWORD,
  readDraftRevisions,
  signInOverHttp,
  signUpOverHttp,
  startDraftOverHttp,
} from '../support/http-session';
import { twoInstancesForFile, type NextServer } from '../support/next-server';
import { freshDatabase, type FreshDatabase } from '../support/resilience-database';
import { actionId, actionResult, callAction } from '../support/server-actions';

const BASE_PORT = Number(process.env.RESILIENCE_PORT ?? 3600) + 30;
const CLUSTER_PORT = 55434;
// The per-account limit in lib/data/sign-in-throttle.ts.
const ACCOUNT_LIMIT = 5;

let database: FreshDatabase;

const instances = twoInstancesForFile(
  BASE_PORT,
  async () => {
    database = await freshDatabase(CLUSTER_PORT);
    return { databaseUrl: database.url };
  },
  async () => {
    await database?.drop();
  },
);

const accountEmail = async (server: NextServer, cookie: string) => {
  const response = await fetch(`${server.baseUrl}/account/export`, { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return z.object({ account: z.object({ email: z.string() }) }).parse(await response.json()).account.email;
};

describe('two instances, one database', () => {
  test('a session made on A is a session on B', async () => {
    const [a, b] = instances();
    const { email } = await signUpOverHttp(a.baseUrl);
    const signedIn = await signInOverHttp(a.baseUrl, email, PASSWORD);
    expect(signedIn.error).toBeNull();
    const cookie = signedIn.cookie ?? '';
    expect(await accountEmail(b, cookie)).toBe(email);
    expect(await accountEmail(a, cookie)).toBe(email);
  });

  test('failed sign-ins on A and B add up to one limit, and the lock-out holds on both', async () => {
    const [a, b] = instances();
    const { email } = await signUpOverHttp(b.baseUrl);
    const attempts: string[] = [];
    for (let index = 0; index < ACCOUNT_LIMIT; index += 1) {
      const server = index % 2 === 0 ? a : b;
      const failed = await signInOverHttp(server.baseUrl, email, 'not the password at all');
      expect(failed.cookie).toBeNull();
      attempts.push(failed.error ?? '');
    }
    // Neither instance alone saw five failures; together they did.
    expect(attempts.slice(0, -1).every((error) => !error.startsWith('Too many attempts'))).toBe(true);
    expect(attempts.at(-1)).toMatch(/^Too many attempts/);
    for (const server of [a, b]) {
      const right = await signInOverHttp(server.baseUrl, email, PASSWORD);
      expect(right.cookie, `the right password on ${server.baseUrl} while locked out`).toBeNull();
      expect(right.error).toMatch(/^Too many attempts/);
    }
  });

  test('a save on A is seen on B, and B saving on the revision A replaced is a conflict', async () => {
    const [a, b] = instances();
    const { cookie } = await signUpOverHttp(a.baseUrl);
    const assessmentId = await startDraftOverHttp(a.baseUrl, cookie);
    const [itemId = '', revision = 0] = [...(await readDraftRevisions(b.baseUrl, cookie, assessmentId))][0] ?? [];
    const saveId = actionId('app/(app)/assessments/actions.ts', 'saveAnswerAction');
    const save = (server: NextServer, baseRevision: number, evidence: string) =>
      callAction(server.baseUrl, {
        id: saveId,
        path: `/assessments/${assessmentId}`,
        args: [answerInput(assessmentId, itemId, baseRevision, evidence)],
        cookie,
      }).then((response) => actionResult(response.body));

    expect(await save(a, revision, 'Saved through instance A')).toMatchObject({ ok: true, data: { revision: revision + 1 } });
    // B renders what A saved.
    expect((await readDraftRevisions(b.baseUrl, cookie, assessmentId)).get(itemId)).toBe(revision + 1);
    const page = await (await fetch(`${b.baseUrl}/assessments/${assessmentId}`, { headers: { Cookie: cookie } })).text();
    expect(page).toContain('Saved through instance A');
    // B, still on the revision before A's save, is told about A's change instead of overwriting it.
    expect(await save(b, revision, 'Saved through instance B, on a stale revision')).toMatchObject({
      ok: false,
      reason: 'conflict',
      detail: { evidence: 'Saved through instance A', revision: revision + 1 },
    });
  });
});
