// Sessions end on the server, not only in the browser: a copy of a session
// cookie, taken before the session ended, must be refused everywhere, and by
// next-auth's own /api/auth/session above all, which otherwise answers with
// the user and a renewed cookie. All over HTTP, as whoever copied it would.
import { describe, expect, inject, test } from 'vitest';
import { z } from 'zod';
import { cookieFrom, formOf, PASSWORD, SESSION_COOKIE, signInOverHttp, signUpOverHttp } from '../support/http-session';
import { actionId, actionResult, callAction } from '../support/server-actions';

const baseUrl = inject('baseUrl');
const ACCOUNT = 'app/(app)/account/actions.ts';

const sessionSchema = z.object({ user: z.object({ id: z.string().optional(), email: z.string() }).optional() });

/** What next-auth's own endpoint says about the cookie, and whether it hands back a fresh token. */
async function nextAuthSession(cookie: string) {
  const response = await fetch(`${baseUrl}/api/auth/session`, { headers: { Cookie: cookie } });
  const body = sessionSchema.parse(await response.json());
  return { user: body.user ?? null, renewed: cookieFrom(response, SESSION_COOKIE) !== null };
}

const accountStatus = async (cookie: string) => (await fetch(`${baseUrl}/account`, { headers: { Cookie: cookie }, redirect: 'manual' })).status;

async function expectSignedIn(cookie: string, email: string) {
  expect(await nextAuthSession(cookie)).toEqual({ user: expect.objectContaining({ email }) as unknown, renewed: true });
  expect(await accountStatus(cookie)).toBe(200);
}

async function expectSignedOut(cookie: string) {
  expect(await nextAuthSession(cookie)).toEqual({ user: null, renewed: false });
  expect(await accountStatus(cookie)).toBe(307);
  expect((await fetch(`${baseUrl}/account/export`, { headers: { Cookie: cookie } })).status).toBe(401);
}

/** A user signed in on two devices. */
async function twoDevices() {
  const { email, cookie: here } = await signUpOverHttp(baseUrl);
  const { cookie: there } = await signInOverHttp(baseUrl, email, PASSWORD);
  if (!there) throw new Error('The second sign-in failed');
  return { email, here, there };
}

const call = (file: string, name: string, cookie: string, path: string, args: unknown[]) => callAction(baseUrl, { id: actionId(file, name), path, args, cookie });

/** The ids of the sessions the account page offers to end: all but this one. */
async function endableSessionIds(cookie: string): Promise<string[]> {
  const html = await (await fetch(`${baseUrl}/account`, { headers: { Cookie: cookie } })).text();
  return [...html.matchAll(/name="sessionId" value="([A-Za-z0-9_-]+)"/g)].map((match) => match[1] ?? '');
}

describe('a copied session cookie', () => {
  test('control: while the session lasts, it gets the user from /api/auth/session and the signed-in pages', async () => {
    const { email, here, there } = await twoDevices();
    await expectSignedIn(here, email);
    await expectSignedIn(there, email);
  });

  test('stops working when its browser signs out; the other device stays signed in', async () => {
    const { email, here, there } = await twoDevices();
    const copy = here;
    const response = await call('app/(app)/actions.ts', 'signOut', here, '/', []);
    expect(response.redirect).toBe('/');
    await expectSignedOut(copy);
    await expectSignedIn(there, email);
  });

  test('stops working when its browser signs out through next-auth’s own endpoint', async () => {
    const { email, here, there } = await twoDevices();
    const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { Cookie: here } });
    const { csrfToken } = z.object({ csrfToken: z.string() }).parse(await csrf.json());
    const signOut = await fetch(`${baseUrl}/api/auth/signout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `${here}; ${cookieFrom(csrf, 'next-auth.csrf-token') ?? ''}` },
      body: new URLSearchParams({ csrfToken, json: 'true' }),
    });
    expect(signOut.status).toBeLessThan(400);
    await expectSignedOut(here);
    await expectSignedIn(there, email);
  });

  test('stops working after "sign out everywhere", on every device; another user is untouched', async () => {
    const { here, there } = await twoDevices();
    const other = await twoDevices();
    const response = await call(ACCOUNT, 'signOutEverywhere', here, '/account', [{ ok: true }, formOf({})]);
    expect(response.redirect).toBe('/signin?notice=signed-out-everywhere');
    await expectSignedOut(here);
    await expectSignedOut(there);
    await expectSignedIn(other.here, other.email);
    await expectSignedIn(other.there, other.email);
  });

  test('stops working once the account is deleted', async () => {
    const { here, there } = await twoDevices();
    const other = await twoDevices();
    const response = await call(ACCOUNT, 'deleteMyAccount', here, '/account', [{ ok: true }, formOf({ confirmation: 'delete my account' })]);
    expect(response.redirect).toBe('/signin?notice=deleted');
    await expectSignedOut(here);
    await expectSignedOut(there);
    await expectSignedIn(other.here, other.email);
  });

  test('on another device stops working after a password change; the device it was changed on carries on', async () => {
    const { email, here, there } = await twoDevices();
    const other = await twoDevices();
    const response = await call(ACCOUNT, 'changePassword', here, '/account', [{ ok: true }, formOf({ currentPassword: PASSWORD, newPassword: 'amber harbour violet canyon 73' })]);
    expect(actionResult(response.body)).toMatchObject({ ok: true });
    await expectSignedIn(here, email);
    await expectSignedOut(there);
    await expectSignedIn(other.here, other.email);
  });
});

describe('the account page’s list of sessions', () => {
  test('ends the one chosen, and only the owner can', async () => {
    const { email, here, there } = await twoDevices();
    const intruder = await twoDevices();
    const [thereId = ''] = await endableSessionIds(here);
    expect(await endableSessionIds(here)).toHaveLength(1);

    // Another user posting the id: refused, and the session carries on.
    const refused = await call(ACCOUNT, 'endSessionAction', intruder.here, '/account', [{ ok: true }, formOf({ sessionId: thereId })]);
    expect(actionResult(refused.body)).toEqual({ ok: false, reason: 'not-found', message: 'That session has already ended.' });
    await expectSignedIn(there, email);

    const ended = await call(ACCOUNT, 'endSessionAction', here, '/account', [{ ok: true }, formOf({ sessionId: thereId })]);
    expect(actionResult(ended.body)).toEqual({ ok: true, message: 'Session ended. That device is signed out.' });
    await expectSignedOut(there);
    await expectSignedIn(here, email);
    await expectSignedIn(intruder.here, intruder.email);
    expect(await endableSessionIds(here)).toEqual([]);
  });

  test('refuses an id that is not one, and says why', async () => {
    const { email, here } = await twoDevices();
    const response = await call(ACCOUNT, 'endSessionAction', here, '/account', [{ ok: true }, formOf({ sessionId: '../../etc' })]);
    expect(actionResult(response.body)).toMatchObject({ ok: false, fieldErrors: { sessionId: ['Choose a session from the list'] } });
    await expectSignedIn(here, email);
  });
});
