import { encode } from 'next-auth/jwt';
import { describe, expect, test } from 'vitest';
import { sessionCookieName, sessionTokenFrom } from '@/lib/auth/session-cookie-name';
import { decodeSessionClaims } from '@/lib/auth/session-token';

const SECRET = 'a-test-secret-of-enough-length-for-hkdf-000';
const jar = (cookies: Record<string, string>) => ({ getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })) });

describe('the session cookie', () => {
  test('is named with the __Secure- prefix only when cookies are secure', () => {
    expect(sessionCookieName(false)).toBe('next-auth.session-token');
    expect(sessionCookieName(true)).toBe('__Secure-next-auth.session-token');
  });

  test.each([
    ['one cookie', { 'next-auth.session-token': 'abc', other: 'x' }, 'abc'],
    ['chunks, joined in suffix order', { 'next-auth.session-token.1': 'def', 'next-auth.session-token.0': 'abc', 'next-auth.session-token.10': 'jkl', 'next-auth.session-token.2': 'ghi' }, 'abcdefghijkl'],
    ['none', { 'next-auth.csrf-token': 'x' }, undefined],
    ['only the secure cookie, asked for the plain one', { '__Secure-next-auth.session-token': 'abc' }, undefined],
    ['a longer name that merely starts the same', { 'next-auth.session-tokenish': 'abc' }, undefined],
  ])('%s', (_, cookies, expected) => {
    expect(sessionTokenFrom(jar(cookies), 'next-auth.session-token')).toBe(expected);
  });
});

describe('session claims', () => {
  const token = (fields: Record<string, unknown>, options: { secret?: string; maxAge?: number } = {}) =>
    encode({ token: fields, secret: options.secret ?? SECRET, maxAge: options.maxAge ?? 3600 });

  test('a token this app issued gives its user and session', async () => {
    expect(await decodeSessionClaims(await token({ sub: 'user-1', sid: 'session-3', email: 'a@example.com' }), SECRET)).toEqual({ sub: 'user-1', sid: 'session-3' });
  });

  test.each([
    ['encrypted with another secret', () => token({ sub: 'user-1', sid: 'session-0' }, { secret: 'another-secret-of-enough-length-for-hkdf-11' })],
    ['expired', () => token({ sub: 'user-1', sid: 'session-0' }, { maxAge: -60 })],
    ['without a session', () => token({ sub: 'user-1' })],
    ['from before sessions had ids', () => token({ sub: 'user-1', sv: 0 })],
    ['without a user', () => token({ sid: 'session-0' })],
    ['not a token at all', () => Promise.resolve('not.a.token')],
    ['a token cut short', async () => (await token({ sub: 'user-1', sid: 'session-0' })).slice(0, -8)],
  ])('a token %s means signed out', async (_, make) => {
    expect(await decodeSessionClaims(await make(), SECRET)).toBeNull();
  });
});
