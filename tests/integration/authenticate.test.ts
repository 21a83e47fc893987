import { describe, expect, test } from 'vitest';
import { authenticateWithPassword, INVALID_CREDENTIALS } from '@/lib/auth/authenticate';
import { db } from '@/lib/data/db';
import { ACCOUNT_RULE, ADDRESS_RULE, accountKey, blockedUntil, recordFailure } from '@/lib/data/sign-in-throttle';
import { seedUser, STRONG_PASSWORD } from '../support/users';

let address = 0;
// Each test signs in from its own address, so that per-address counts do not
// leak between tests.
const client = () => ({ ip: `198.51.100.${++address}`, userAgent: 'vitest' });

describe('signing in with a password', () => {
  test('succeeds with the right password, in any letter case of the address', async () => {
    const user = await seedUser();
    const result = await authenticateWithPassword({ email: user.email.toUpperCase(), password: STRONG_PASSWORD }, client());
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
    expect(await db().auditEvent.count({ where: { userId: user.id, type: 'SIGN_IN_SUCCEEDED' } })).toBe(1);
  });

  test('answers a wrong password and an unknown address with the same message', async () => {
    const user = await seedUser();
    const wrong = await authenticateWithPassword({ email: user.email, password: 'not the password at all' }, client());
    const unknown = await authenticateWithPassword({ email: 'nobody-here@example.com', password: STRONG_PASSWORD }, client());
    expect(wrong).toEqual({ ok: false, message: INVALID_CREDENTIALS });
    expect(unknown).toEqual(wrong);
    expect(await db().auditEvent.count({ where: { userId: user.id, type: 'SIGN_IN_FAILED' } })).toBe(1);
  });

  test.each([
    ['no fields', {}],
    ['a non-string password', { email: 'a@example.com', password: 12345 }],
    ['an address that is not one', { email: 'not-an-email', password: STRONG_PASSWORD }],
  ])('refuses %s with the same message', async (_, input) => {
    expect(await authenticateWithPassword(input, client())).toEqual({ ok: false, message: INVALID_CREDENTIALS });
  });
});

describe('brute-force limits', () => {
  test(`blocks an account after ${ACCOUNT_RULE.limit} failures, and then the right password does not help`, async () => {
    const user = await seedUser();
    const results = [];
    for (let attempt = 0; attempt < ACCOUNT_RULE.limit; attempt++) {
      // From a different address each time: the account limit holds on its own.
      results.push(await authenticateWithPassword({ email: user.email, password: `wrong guess ${attempt}` }, client()));
    }
    expect(results.slice(0, -1).every((result) => !result.ok && result.message === INVALID_CREDENTIALS)).toBe(true);
    expect(results.at(-1)).toEqual({ ok: false, message: 'Too many attempts. Try again in 15 minutes.' });

    const withRightPassword = await authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, client());
    expect(withRightPassword).toEqual({ ok: false, message: expect.stringMatching(/^Too many attempts\. Try again in 1[45] minutes\.$/) as string });
    expect(await db().auditEvent.count({ where: { userId: user.id, type: 'SIGN_IN_BLOCKED' } })).toBe(1);
  });

  test(`blocks an address after ${ADDRESS_RULE.limit} failures across accounts`, async () => {
    const from = client();
    for (let attempt = 0; attempt < ADDRESS_RULE.limit; attempt++) {
      await authenticateWithPassword({ email: `guess-${attempt}@example.com`, password: 'not a real password' }, from);
    }
    const victim = await seedUser();
    const result = await authenticateWithPassword({ email: victim.email, password: STRONG_PASSWORD }, from);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many attempts/) as string });
    // The same account from elsewhere is not blocked.
    expect(await authenticateWithPassword({ email: victim.email, password: STRONG_PASSWORD }, client())).toMatchObject({ ok: true });
  });

  test('forgets failures older than the window', async () => {
    const key = accountKey('old-failures@example.com');
    const longAgo = new Date(Date.now() - ACCOUNT_RULE.windowMs - 60_000);
    for (let attempt = 0; attempt < ACCOUNT_RULE.limit - 1; attempt++) await recordFailure(key, ACCOUNT_RULE, longAgo);
    await recordFailure(key, ACCOUNT_RULE);
    expect(await blockedUntil([key])).toBeNull();
    expect(await db().signInThrottle.findUnique({ where: { key } })).toMatchObject({ failures: 1 });
  });

  test('counts failures from concurrent attempts without losing any', async () => {
    const key = accountKey('concurrent@example.com');
    await Promise.all(Array.from({ length: 4 }, () => recordFailure(key, ACCOUNT_RULE)));
    expect(await db().signInThrottle.findUnique({ where: { key } })).toMatchObject({ failures: 4, blockedUntil: null });
    await recordFailure(key, ACCOUNT_RULE);
    expect(await blockedUntil([key])).not.toBeNull();
  });

  test('a successful sign-in clears the account’s earlier failures', async () => {
    const user = await seedUser();
    for (let attempt = 0; attempt < ACCOUNT_RULE.limit - 1; attempt++) {
      await authenticateWithPassword({ email: user.email, password: 'wrong password here' }, client());
    }
    expect(await authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, client())).toMatchObject({ ok: true });
    expect(await db().signInThrottle.findUnique({ where: { key: accountKey(user.email) } })).toBeNull();
  });
});
