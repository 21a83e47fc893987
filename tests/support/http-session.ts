// Accounts, sign-in and drafts over plain HTTP, as a client without a browser
// would drive them: the sign-up server action, next-auth's credentials
// callback, and the start-assessment action.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { actionId, callAction } from './server-actions';

export const PASSWORD = 'quartz lantern orbit meadow 42';
export const SESSION_COOKIE = 'next-auth.session-token';

export const newEmail = (prefix = 'res') => `${prefix}-${randomBytes(5).toString('hex')}@example.com`;

export function formOf(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

/** `name=value` of the named cookie among a response's Set-Cookie headers, if it sets one with a value. */
export function cookieFrom(response: { headers: Headers }, name: string): string | null {
  for (const header of response.headers.getSetCookie()) {
    const [pair = ''] = header.split(';');
    const [key, ...rest] = pair.split('=');
    const value = rest.join('=');
    if (key?.trim() === name && value) return `${name}=${value}`;
  }
  return null;
}

export async function signUpOverHttp(baseUrl: string, email = newEmail()): Promise<{ email: string; cookie: string }> {
  const response = await callAction(baseUrl, {
    id: actionId('app/(app)/signup/actions.ts', 'signUp'),
    path: '/signup',
    args: [{ ok: true }, formOf({ email, password: PASSWORD })],
  });
  const cookie = cookieFrom(response, SESSION_COOKIE);
  if (response.redirect !== '/welcome' || !cookie) throw new Error(`Sign-up failed (${response.status}): ${response.body.slice(0, 500)}`);
  return { email, cookie };
}

export type SignInAttempt = { cookie: string | null; error: string | null };

/** next-auth's credentials sign-in, as its client library posts it. */
export async function signInOverHttp(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<SignInAttempt> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = z.object({ csrfToken: z.string() }).parse(await csrf.json());
  const csrfCookie = cookieFrom(csrf, 'next-auth.csrf-token') ?? '';
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: `${baseUrl}/account` }),
  });
  const location = response.headers.get('location') ?? (z.object({ url: z.string() }).safeParse(await response.json().catch(() => null)).data?.url ?? '');
  const error = location ? new URL(location, baseUrl).searchParams.get('error') : null;
  return { cookie: cookieFrom(response, SESSION_COOKIE), error };
}

/** Starts (or returns) the caller's blank draft; its id. */
export async function startDraftOverHttp(baseUrl: string, cookie: string): Promise<string> {
  const response = await callAction(baseUrl, {
    id: actionId('app/(app)/assessments/actions.ts', 'startAssessmentAction'),
    path: '/assess',
    args: [{ ok: true }, formOf({ from: 'blank' })],
    cookie,
  });
  const id = /^\/assessments\/([A-Za-z0-9_-]+)$/.exec(response.redirect ?? '')?.[1];
  if (!id) throw new Error(`Starting a draft failed (${response.status}): ${response.redirect ?? response.body.slice(0, 500)}`);
  return id;
}

/** Each item of a draft with the revision its form was rendered at, read from the page's hidden fields. */
export async function readDraftRevisions(baseUrl: string, cookie: string, assessmentId: string): Promise<Map<string, number>> {
  const response = await fetch(`${baseUrl}/assessments/${assessmentId}`, { headers: { Cookie: cookie } });
  const html = await response.text();
  const revisions = new Map<string, number>();
  for (const match of html.matchAll(/name="baseRevision:([A-Za-z0-9_-]+)" value="(\d+)"/g)) {
    if (match[1] && match[2]) revisions.set(match[1], Number(match[2]));
  }
  if (revisions.size === 0) throw new Error(`No items on /assessments/${assessmentId} (${response.status})`);
  return revisions;
}

/** The autosave's payload for one item: a rating with `evidence`, based on `baseRevision`. */
export function answerInput(assessmentId: string, itemId: string, baseRevision: number, evidence: string) {
  return { assessmentId, itemId, baseRevision, level: 3, noOpportunity: false, targetLevel: 4, confidence: 'MEDIUM', evidence };
}
