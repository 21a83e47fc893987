import { describe, expect, test } from 'vitest';
import { authenticateWithPassword } from '@/lib/auth/authenticate';
import { INVALID_CREDENTIALS } from '@/lib/auth/sign-in-messages';
import { db } from '@/lib/db/db';
import {
  ACCOUNT_FIRST_DELAY_MS,
  ACCOUNT_FREE_FAILURES,
  ACCOUNT_MAX_DELAY_MS,
  accountDelayMs,
  accountKey,
  ADDRESS_LIMIT,
  blockedUntil,
  PAIR_LIMIT,
  PAIR_RULE,
  pairKey,
  recordFailure,
} from '@/lib/data/sign-in-throttle';
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
  const guess = (email: string, from: ReturnType<typeof client>, attempt = 0) =>
    authenticateWithPassword({ email, password: `wrong guess ${attempt}` }, from);
  const refused = { ok: false, message: expect.stringMatching(/^Too many attempts\. Try again in \d+ (second|minute)s?\.$/) as string };

  test(`the attacker: one address is refused on an account after ${PAIR_LIMIT} failures, even with the right password`, async () => {
    const user = await seedUser();
    const attacker = client();
    const results = [];
    for (let attempt = 0; attempt < PAIR_LIMIT; attempt++) results.push(await guess(user.email, attacker, attempt));
    expect(results.slice(0, -1).every((result) => !result.ok && result.message === INVALID_CREDENTIALS)).toBe(true);
    expect(results.at(-1)).toEqual({ ok: false, message: 'Too many attempts. Try again in 15 minutes.' });
    expect(await authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, attacker)).toEqual(refused);
    expect(await db().auditEvent.count({ where: { userId: user.id, type: 'SIGN_IN_BLOCKED' } })).toBe(1);
  });

  test('the owner: after failures from many addresses, the right password from an address that has not failed still works', async () => {
    const user = await seedUser();
    // Six addresses, each trying up to its own limit on this account.
    for (let address = 0; address < 6; address++) {
      const attacker = client();
      for (let attempt = 0; attempt < PAIR_LIMIT; attempt++) await guess(user.email, attacker, attempt);
    }
    // The account is in its delay right now, and stays unlocked for the owner.
    const account = await db().signInThrottle.findUnique({ where: { key: accountKey(user.email) } });
    expect(account?.failures).toBeGreaterThanOrEqual(ACCOUNT_FREE_FAILURES + 5);
    expect(account?.blockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, client())).toMatchObject({ ok: true });
  });

  test('the attacker: an address that has failed waits out the account’s delay, which grows with each failure', async () => {
    const user = await seedUser();
    const delays: number[] = [];
    for (let attempt = 0; attempt < ACCOUNT_FREE_FAILURES + 3; attempt++) {
      // A fresh address each time: only the account's count can slow this down.
      const before = Date.now();
      expect(await guess(user.email, client(), attempt)).toMatchObject({ ok: false });
      const row = await db().signInThrottle.findUnique({ where: { key: accountKey(user.email) } });
      delays.push(row?.blockedUntil ? row.blockedUntil.getTime() - before : 0);
    }
    expect(delays.slice(0, ACCOUNT_FREE_FAILURES - 1)).toEqual([0, 0, 0, 0]);
    const [first = 0, second = 0, third = 0, fourth = 0] = delays.slice(ACCOUNT_FREE_FAILURES - 1);
    expect(first).toBeGreaterThanOrEqual(ACCOUNT_FIRST_DELAY_MS);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
    expect(fourth).toBeGreaterThan(third);

    // An address with a failure to its name (here, on another account) is made to wait, right password or not.
    const failedElsewhere = client();
    await guess('someone-else@example.com', failedElsewhere);
    expect(await authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, failedElsewhere)).toEqual(refused);
    // Once the delay has passed, it is checked again.
    await db().signInThrottle.update({ where: { key: accountKey(user.email) }, data: { blockedUntil: new Date(Date.now() - 1) } });
    expect(await authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, failedElsewhere)).toMatchObject({ ok: true });
  });

  test.each([
    [0, 0],
    [4, 0],
    [5, 2_000],
    [6, 4_000],
    [9, 32_000],
    [30, ACCOUNT_MAX_DELAY_MS],
  ])('after %i failures an account’s delay is %i ms', (failures, delay) => {
    expect(accountDelayMs(failures)).toBe(delay);
  });

  test(`blocks an address after ${ADDRESS_LIMIT} failures across accounts`, async () => {
    const from = client();
    for (let attempt = 0; attempt < ADDRESS_LIMIT; attempt++) {
      await authenticateWithPassword({ email: `guess-${attempt}@example.com`, password: 'not a real password' }, from);
    }
    const victim = await seedUser();
    const result = await authenticateWithPassword({ email: victim.email, password: STRONG_PASSWORD }, from);
    expect(result).toEqual(refused);
    // The same account from elsewhere is not blocked.
    expect(await authenticateWithPassword({ email: victim.email, password: STRONG_PASSWORD }, client())).toMatchObject({ ok: true });
  });

  test('forgets failures older than the window', async () => {
    const key = pairKey('old-failures@example.com', '192.0.2.1');
    const longAgo = new Date(Date.now() - PAIR_RULE.windowMs - 60_000);
    for (let attempt = 0; attempt < PAIR_LIMIT - 1; attempt++) await recordFailure(key, PAIR_RULE, longAgo);
    expect(await recordFailure(key, PAIR_RULE)).toBe(1);
    expect(await blockedUntil([key])).toBeNull();
  });

  test('counts failures from concurrent attempts without losing any', async () => {
    const key = pairKey('concurrent@example.com', '192.0.2.2');
    await Promise.all(Array.from({ length: PAIR_LIMIT - 1 }, () => recordFailure(key, PAIR_RULE)));
    expect(await db().signInThrottle.findUnique({ where: { key } })).toMatchObject({ failures: PAIR_LIMIT - 1, blockedUntil: null });
    await recordFailure(key, PAIR_RULE);
    expect(await blockedUntil([key])).not.toBeNull();
  });

  test('a successful sign-in clears the account’s earlier failures and the address’s on it', async () => {
    const user = await seedUser();
    const from = client();
    for (let attempt = 0; attempt < PAIR_LIMIT - 1; attempt++) await guess(user.email, from, attempt);
    expect(await authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, from)).toMatchObject({ ok: true });
    expect(await db().signInThrottle.count({ where: { key: { in: [accountKey(user.email), pairKey(user.email, from.ip)] } } })).toBe(0);
  });
});
