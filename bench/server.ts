// The production server for one backend, in its own process group so that
// stopping it also stops the next-server child that `next start` forks.
import { spawn, type ChildProcess } from 'node:child_process';

export type Server = { baseUrl: string; groupId: number; stop: () => Promise<void>; log: () => string };

export async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  const baseUrl = `http://127.0.0.1:${port}`;
  // `npm start` itself, so the benchmark measures the server as it is run. The
  // database is already migrated and the build current, so both steps pass quickly.
  return startGroup('npm', ['start', '--', '-H', '127.0.0.1', '-p', String(port)], { NODE_ENV: 'production', NEXTAUTH_URL: baseUrl, ...env }, baseUrl, '/api/health');
}

/** Starts `command` in a process group of its own and waits until `readyPath` answers 2xx. */
export async function startGroup(command: string, args: string[], env: Record<string, string>, baseUrl: string, readyPath: string): Promise<Server> {
  let output = '';
  const child = spawn(command, args, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const server = { baseUrl, groupId: child.pid ?? 0, stop: () => stopGroup(child), log: () => output };
  try {
    await waitForReady(`${baseUrl}${readyPath}`, child, server.log);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitForReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${log()}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within a minute:\n${log()}`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
}

/** Signs in through next-auth's credentials flow over HTTP; returns the Cookie header to send. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = cookiePairs(csrf.headers.getSetCookie());
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookies.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: baseUrl, json: 'true' }),
  });
  const session = cookiePairs(response.headers.getSetCookie()).find((pair) => pair.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`Signing in as ${email} gave no session cookie (HTTP ${response.status})`);
  return session;
}

const cookiePairs = (setCookies: string[]) => setCookies.map((header) => header.split(';')[0] ?? '').filter(Boolean);
