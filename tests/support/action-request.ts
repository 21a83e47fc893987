// Server actions read the request through `next/headers` and revalidate
// through `next/cache`, both of which work only inside a request Next is
// serving. These stand-ins give the real actions a request of their own in
// integration tests: cookies and headers that belong to one simulated
// browser, and a record of what was revalidated. Everything below them (the
// session check, the schema, the database) is the real code.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SessionUser } from '@/lib/auth/session-user';

type CookieOptions = { maxAge?: number; expires?: Date };

export type Browser = {
  jar: Map<string, string>;
  headers: Headers;
  revalidated: string[];
};

const current = new AsyncLocalStorage<Browser>();

function browser(): Browser {
  const found = current.getStore();
  if (!found) throw new Error('No request: run the action inside asViewer() or asVisitor().');
  return found;
}

const cookieStore = () => {
  const { jar } = browser();
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string, options: CookieOptions = {}) => {
      const expired = options.maxAge === 0 || (options.expires !== undefined && options.expires.getTime() <= Date.now());
      if (expired) jar.delete(name);
      else jar.set(name, value);
    },
    delete: (name: string) => jar.delete(name),
  };
};

/** What `vi.mock('next/headers', …)` hands the app. */
export const nextHeaders = {
  cookies: () => Promise.resolve(cookieStore()),
  headers: () => Promise.resolve(browser().headers),
};

/** What `vi.mock('next/cache', …)` hands the app. */
export const nextCache = {
  revalidatePath: (path: string) => void browser().revalidated.push(path),
};

function newBrowser(): Browser {
  return { jar: new Map(), headers: new Headers({ 'user-agent': 'integration-test', 'x-headway-peer-address': '203.0.113.9' }), revalidated: [] };
}

/** Runs `run` as a request from a browser that is not signed in. */
export function asVisitor<T>(run: () => Promise<T>, visitor: Browser = newBrowser()): Promise<T> {
  return current.run(visitor, run);
}

/**
 * A browser signed in as `user`, the way the app signs people in: its own
 * code issues the session cookie into the browser's jar.
 */
export async function signedInBrowser(user: SessionUser): Promise<Browser> {
  const signedIn = newBrowser();
  const [{ issueSessionCookie }, { startSession }] = await Promise.all([import('@/lib/auth/session-cookie'), import('@/lib/data/sessions')]);
  const sessionId = await startSession(user.id, { ip: '203.0.113.9', userAgent: 'integration-test' });
  await current.run(signedIn, () => issueSessionCookie(user, sessionId));
  return signedIn;
}

/** Runs `run` as a request from `from`, keeping its cookies for the next request. */
export function within<T>(from: Browser, run: () => Promise<T>): Promise<T> {
  return current.run(from, run);
}

/** Runs `run` as a request from a browser signed in as `user`. */
export async function asViewer<T>(user: SessionUser, run: () => Promise<T>): Promise<T> {
  return current.run(await signedInBrowser(user), run);
}

/** What a server action threw to redirect, or null: Next turns it into a redirect response. */
export function redirectTarget(error: unknown): string | null {
  if (!(error instanceof Error) || !('digest' in error) || typeof error.digest !== 'string') return null;
  // NEXT_REDIRECT;<type>;<url>;<status>; and the URL may itself hold a ';'.
  const parts = error.digest.split(';');
  return parts[0] === 'NEXT_REDIRECT' ? parts.slice(2, -2).join(';') : null;
}

/** Runs an action that should redirect, and gives the place it redirects to. */
export async function expectRedirect(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const target = redirectTarget(error);
    if (target) return target;
    throw error;
  }
  throw new Error('The action answered instead of redirecting.');
}

/** A form as a browser posts it. */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  }
  return data;
}
