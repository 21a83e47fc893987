import { describe, expect, test } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES, expectedHost, jsonNesting, MAX_ACTION_NESTING, refuseActionRequest } from '@/lib/http/action-request-guard';

const HOST = 'headway.example';

function action(body: string | FormData, headers: Record<string, string> = {}): Request {
  const request = new Request(`https://${HOST}/plan`, { method: 'POST', body, headers: { Origin: `https://${HOST}`, ...headers } });
  // Request leaves out Host and Content-Length; a server always has them.
  const withHost = new Headers(request.headers);
  withHost.set('host', HOST);
  if (typeof body === 'string') withHost.set('content-length', String(Buffer.byteLength(body)));
  else withHost.set('content-length', '100');
  return new Request(request, { headers: withHost });
}

describe('what a server action request must look like', () => {
  test.each([
    ['a same-site call', action('[{"ok":true},"$K1"]'), null],
    ['a call that names no action', action('[]', { 'Next-Action': '' }), 400],
    ['another site', action('[]', { Origin: 'https://evil.example' }), 403],
    ['an Origin of "null"', action('[]', { Origin: 'null' }), 403],
    ['another site naming itself in X-Forwarded-Host', action('[]', { Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example' }), 403],
    ['arguments that are not JSON', action('[{"ok":'), 400],
    ['arguments that are not a list', action('{"ok":true}'), 400],
    ['an empty body', action(''), 400],
    ['nesting past the limit', action(`${'['.repeat(MAX_ACTION_NESTING + 1)}${']'.repeat(MAX_ACTION_NESTING + 1)}`), 400],
    ['brackets inside a string, however many', action(JSON.stringify(['['.repeat(1_000)])), null],
    ['a body over the limit', action(JSON.stringify(['x'.repeat(ACTION_BODY_LIMIT_BYTES)])), 413],
  ])('%s', async (_, request, status) => {
    const refusal = await refuseActionRequest(request, 0);
    expect(refusal?.status ?? null).toBe(status);
  });

  test('a form posted without scripts has no argument list, and passes', async () => {
    const form = new FormData();
    form.append('$ACTION_ID_00ab', '');
    form.append('email', '[[[[ text of the user’s own ]]]]');
    expect(await refuseActionRequest(action(form), 0)).toBeNull();
  });

  test('behind a trusted proxy, the Origin is compared with the host the proxy forwarded', async () => {
    const request = action('[]', { Origin: 'https://public.example', 'X-Forwarded-Host': 'public.example' });
    expect(await refuseActionRequest(request, 1)).toBeNull();
    expect(await refuseActionRequest(request, 0)).toMatchObject({ status: 403 });
  });

  test.each([
    [{ host: 'a.example', 'x-forwarded-host': 'b.example' }, 0, 'a.example'],
    [{ host: 'a.example', 'x-forwarded-host': 'spoofed.example, b.example' }, 1, 'b.example'],
    [{ host: 'a.example' }, 1, 'a.example'],
  ])('expected host for %j with %i trusted hops: %s', (headers, hops, host) => {
    expect(expectedHost(new Headers(headers), hops)).toBe(host);
  });

  test.each([
    ['', 0],
    ['[]', 1],
    ['[{"a":[1]}]', 3],
    ['["[[[[", "}}}"]', 1],
    ['["\\"[[["]', 1],
  ])('nesting of %s is %i', (text, depth) => {
    expect(jsonNesting(text)).toBe(depth);
  });
});
