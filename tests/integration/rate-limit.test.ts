import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { costlyActionRules, takeAttempt, takeCostlyAttempt } from '@/lib/data/rate-limit';
import { parseEnv } from '@/lib/env';

const RULE = { limit: 3, windowMs: 60 * 60_000 };
const key = (name: string) => `${name}:${randomBytes(4).toString('hex')}`;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('rate limits', () => {
  test('allow the limit, refuse the next until the window has passed, then allow again', async () => {
    const address = key('address');
    const start = new Date();
    for (let attempt = 0; attempt < RULE.limit; attempt++) expect(await takeAttempt([{ key: address, rule: RULE }], start)).toBeNull();
    expect(await takeAttempt([{ key: address, rule: RULE }], later(start, 1000))).toEqual(later(start, RULE.windowMs));
    expect(await takeAttempt([{ key: address, rule: RULE }], later(start, RULE.windowMs + 1000))).toBeNull();
  });

  test('count each key apart: one address at its limit does not hold back another', async () => {
    const busy = key('address');
    const other = key('address');
    const now = new Date();
    for (let attempt = 0; attempt <= RULE.limit; attempt++) await takeAttempt([{ key: busy, rule: RULE }], now);
    expect(await takeAttempt([{ key: busy, rule: RULE }], now)).not.toBeNull();
    expect(await takeAttempt([{ key: other, rule: RULE }], now)).toBeNull();
  });

  test('refuse when any key is spent: a shared total stops every address', async () => {
    const total = key('total');
    const now = new Date();
    const results = [];
    for (let attempt = 0; attempt <= RULE.limit; attempt++) {
      results.push(await takeAttempt([{ key: key('address'), rule: RULE }, { key: total, rule: RULE }], now));
    }
    expect(results.slice(0, RULE.limit)).toEqual([null, null, null]);
    expect(results.at(-1)).toEqual(later(now, RULE.windowMs));
  });

  test('sign-ups and password changes have their limits per address by default, apart from each other', async () => {
    expect(costlyActionRules(parseEnv({}))).toEqual({ perAddress: { limit: 10, windowMs: 3_600_000 }, total: { limit: 300, windowMs: 3_600_000 } });
    const client = { ip: key('198.51.100.7'), userAgent: null };
    const now = new Date();
    for (let attempt = 0; attempt < 10; attempt++) expect(await takeCostlyAttempt('sign-up', client, now)).toBeNull();
    expect(await takeCostlyAttempt('sign-up', client, now)).not.toBeNull();
    expect(await takeCostlyAttempt('password-change', client, now)).toBeNull();
  });
});
