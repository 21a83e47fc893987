// Starts Headway the way a user does (`npm start`: prepare the database, build
// when needed, serve) in its own process group, so that stopping it also stops
// the next-server child that `next start` forks.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serverUrl, testBackend, uniqueName, withAdminClient } from './database-backends';

export type AppServer = { baseUrl: string; stop: () => Promise<void>; log: () => string };

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode} before it was ready:\n${log()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not become healthy within ${timeoutMs} ms:\n${log()}`);
}

/** `extraEnv` values override the defaults; an undefined value leaves that variable unset. */
export async function startAppServer(port: number, extraEnv: Record<string, string | undefined> = {}): Promise<AppServer> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'headway-app-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  // The test runner's NODE_ENV=test must not leak into `next start`.
  const { NODE_ENV: _testMode, DATABASE_URL: _testDatabase, ...inherited } = process.env;
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = {
    ...inherited,
    PORT: String(port),
    HEADWAY_DATA_DIR: dataDir,
    NEXTAUTH_URL: baseUrl,
    // The suites sign up hundreds of accounts from one address; the limits
    // themselves are proven in tests/integration/rate-limit.test.ts.
    HEADWAY_COSTLY_ACTIONS_PER_ADDRESS: '100000',
    HEADWAY_COSTLY_ACTIONS_TOTAL: '100000',
    ...extraEnv,
  };
  if (testBackend() === 'postgres') {
    const name = uniqueName('headway_app');
    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
    cleanups.push(() => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));
    env.DATABASE_URL = serverUrl(name);
    // Production on Postgres refuses to start without a shared secret.
    env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64url');
  }

  let output = '';
  const child = spawn('npm', ['start'], { env: env as NodeJS.ProcessEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => output;

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    for (const cleanup of cleanups.reverse()) await cleanup();
  };

  try {
    // The first start may build the app: allow for it.
    await waitForHealth(baseUrl, child, log, 240_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop, log };
}
