// The already-built app served by `next start` against a database the test
// chose, in its own process group so that stopping it stops next-server too.
// Unlike app-server.ts (what `npm start` does), preparing the database and
// serving are separate steps, so several instances can share one database
// that was prepared once.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

const root = path.join(import.meta.dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

export type NextServer = { baseUrl: string; stop: () => Promise<void>; log: () => string };

/** The app's environment for `databaseUrl`, without the test runner's own NODE_ENV and DATABASE_URL. */
function appEnv(databaseUrl: string, secret: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_ENV: _testMode, DATABASE_URL: _testDatabase, TEST_DATABASE_URL: _testServer, ...inherited } = process.env;
  return {
    ...inherited,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    // The suites sign up many accounts from one address; tests/integration/rate-limit.test.ts proves the limits.
    HEADWAY_COSTLY_ACTIONS_PER_ADDRESS: '100000',
    HEADWAY_COSTLY_ACTIONS_TOTAL: '100000',
    ...extra,
  };
}

/** Migrations and framework content, exactly as `npm start` prepares a database. */
export function prepareDatabase(databaseUrl: string, secret: string): void {
  const result = spawnSync(bin('tsx'), ['scripts/prepare.ts'], { cwd: root, env: appEnv(databaseUrl, secret), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Preparing ${databaseUrl} failed:\n${result.stdout}\n${result.stderr}`);
}

export async function startNextServer(port: number, databaseUrl: string, secret: string, extra: Record<string, string> = {}): Promise<NextServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = appEnv(databaseUrl, secret, { PORT: String(port), NEXTAUTH_URL: baseUrl, ...extra });
  let output = '';
  const child = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => output;

  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log()}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return { baseUrl, stop, log };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not become healthy on ${baseUrl}:\n${log()}`);
}

/**
 * Prepares `databaseUrl` once and serves it from two instances, on `basePort`
 * and the port after it, as behind a load balancer: with one secret, which
 * every instance must share for a session made on one to hold on the other.
 */
export async function startTwoInstances(basePort: number, databaseUrl: string, extra: Record<string, string> = {}): Promise<[NextServer, NextServer]> {
  const secret = randomBytes(32).toString('base64url');
  prepareDatabase(databaseUrl, secret);
  return Promise.all([startNextServer(basePort, databaseUrl, secret, extra), startNextServer(basePort + 1, databaseUrl, secret, extra)]);
}

/**
 * Two instances, as `startTwoInstances` makes them, for the tests of one file:
 * started before them on the database `open` makes, and stopped after them,
 * before `close` takes that database away.
 */
export function twoInstancesForFile(
  basePort: number,
  open: () => Promise<{ databaseUrl: string; extra?: Record<string, string> }>,
  close: () => Promise<void>,
): () => [NextServer, NextServer] {
  let instances: [NextServer, NextServer] | undefined;
  beforeAll(async () => {
    const { databaseUrl, extra } = await open();
    instances = await startTwoInstances(basePort, databaseUrl, extra);
  });
  afterAll(async () => {
    await Promise.all(instances?.map((instance) => instance.stop()) ?? []);
    await close();
  });
  return () => {
    if (!instances) throw new Error('The instances start in beforeAll: use them inside a test or hook.');
    return instances;
  };
}
