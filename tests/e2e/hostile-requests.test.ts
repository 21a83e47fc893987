// Requests no browser of ours sends, against the server actions: each is the
// client's mistake or an attack, so each gets a 4xx and changes nothing.
import { describe, expect, inject, test } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/http/action-request-guard';
import { formOf, signUpOverHttp } from '../support/http-session';
import { actionId, callAction } from '../support/server-actions';

const baseUrl = inject('baseUrl');
const EVIL = 'http://evil.example';

const signOutEverywhere = () => actionId('app/(app)/account/actions.ts', 'signOutEverywhere');

/** Whether the session behind `cookie` still opens the account page. */
async function stillSignedIn(cookie: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/account`, { headers: { Cookie: cookie }, redirect: 'manual' });
  return response.status === 200;
}

/** A raw POST to the sign-up action with `body` as its arguments. */
function postSignUp(body: string, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}/signup`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Next-Action': actionId('app/(app)/signup/actions.ts', 'signUp'), Accept: 'text/x-component', Origin: baseUrl, 'Content-Type': 'text/plain;charset=UTF-8', ...headers },
    body,
  });
}

describe('server actions refuse what no page of ours sends', () => {
  test('a cross-site Origin gets 403, and the action does not run', async () => {
    const { cookie } = await signUpOverHttp(baseUrl);
    const response = await callAction(baseUrl, { id: signOutEverywhere(), path: '/account', args: [{ ok: true }, formOf({})], cookie, origin: EVIL });
    expect(response.status).toBe(403);
    expect(await stillSignedIn(cookie)).toBe(true);
  });

  test('an Origin of "null" or one that is no URL gets 403', async () => {
    const { cookie } = await signUpOverHttp(baseUrl);
    for (const origin of ['null', 'not a url']) {
      const response = await callAction(baseUrl, { id: signOutEverywhere(), path: '/account', args: [{ ok: true }, formOf({})], cookie, origin });
      expect(response.status, origin).toBe(403);
    }
    expect(await stillSignedIn(cookie)).toBe(true);
  });

  test('an X-Forwarded-Host naming the other site does not make it same-site without a trusted proxy', async () => {
    const { cookie } = await signUpOverHttp(baseUrl);
    const response = await callAction(baseUrl, {
      id: signOutEverywhere(),
      path: '/account',
      args: [{ ok: true }, formOf({})],
      cookie,
      origin: EVIL,
      headers: { 'X-Forwarded-Host': 'evil.example' },
    });
    expect(response.status).toBe(403);
    expect(await stillSignedIn(cookie)).toBe(true);
  });

  test('the same action from this site still runs (the check above can tell)', async () => {
    const { cookie } = await signUpOverHttp(baseUrl);
    const response = await callAction(baseUrl, { id: signOutEverywhere(), path: '/account', args: [{ ok: true }, formOf({})], cookie });
    expect(response.redirect).toMatch(/^\/signin\?/);
    expect(await stillSignedIn(cookie)).toBe(false);
  });

  test('a body over the limit gets 413', async () => {
    const response = await postSignUp(JSON.stringify([{ ok: true }, 'x'.repeat(ACTION_BODY_LIMIT_BYTES)]));
    expect(response.status).toBe(413);
  });

  test('arguments nested thousands deep get 400', async () => {
    const response = await postSignUp(`${'['.repeat(5_000)}${']'.repeat(5_000)}`);
    expect(response.status).toBe(400);
  });

  test('a form nested thousands deep in its argument field gets 400', async () => {
    const form = formOf({ '0': `${'['.repeat(5_000)}${']'.repeat(5_000)}` });
    const response = await fetch(`${baseUrl}/signup`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Next-Action': actionId('app/(app)/signup/actions.ts', 'signUp'), Accept: 'text/x-component', Origin: baseUrl },
      body: form,
    });
    expect(response.status).toBe(400);
  });
});
