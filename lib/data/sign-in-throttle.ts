import 'server-only';
import { db } from '@/lib/db/db';

/** How long a key is refused after `failures` failures within the window (0: not at all). */
export type ThrottleRule = { windowMs: number; refuseForMs: (failures: number) => number };

const WINDOW_MS = 15 * 60_000;
const hardBlock = (limit: number, blockMs: number) => (failures: number) => (failures >= limit ? blockMs : 0);

// One address guessing at one account: enough for typos, not for guessing.
export const PAIR_LIMIT = 5;
export const PAIR_RULE: ThrottleRule = { windowMs: WINDOW_MS, refuseForMs: hardBlock(PAIR_LIMIT, 15 * 60_000) };

// One address across accounts: higher, since one office or VPN may share an address.
export const ADDRESS_LIMIT = 25;
export const ADDRESS_RULE: ThrottleRule = { windowMs: WINDOW_MS, refuseForMs: hardBlock(ADDRESS_LIMIT, 15 * 60_000) };

// One account from everywhere: never a lock, which anyone who knows the email
// could renew forever, but a delay that doubles with each failure past the
// first few, and only for addresses that have failed (see authenticate.ts).
export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_FIRST_DELAY_MS = 2_000;
export const ACCOUNT_MAX_DELAY_MS = 5 * 60_000;
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(ACCOUNT_FIRST_DELAY_MS * 2 ** (failures - ACCOUNT_FREE_FAILURES), ACCOUNT_MAX_DELAY_MS);
}
export const ACCOUNT_RULE: ThrottleRule = { windowMs: WINDOW_MS, refuseForMs: accountDelayMs };

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (ip: string) => `address:${ip}`;
export const pairKey = (email: string, ip: string) => `pair:${ip}:${email}`;

export type ThrottleState = { failures: number; blockedUntil: Date | null };

/** Each key's failures within its window and the end of any refusal still running; absent keys have neither. */
export async function readThrottles(keys: string[], now = new Date()): Promise<Map<string, ThrottleState>> {
  const rows = await db().signInThrottle.findMany({ where: { key: { in: keys } } });
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  return new Map(
    rows.map((row) => [
      row.key,
      {
        failures: row.windowStartedAt >= windowStart ? row.failures : 0,
        blockedUntil: row.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null,
      },
    ]),
  );
}

/** The moment the latest refusal on any of these keys ends, or null. */
export async function blockedUntil(keys: string[], now = new Date()): Promise<Date | null> {
  const blocked = await db().signInThrottle.aggregate({
    where: { key: { in: keys }, blockedUntil: { gt: now } },
    _max: { blockedUntil: true },
  });
  return blocked._max.blockedUntil;
}

/**
 * Counts a failure in one statement, so that instances sharing the database
 * cannot lose each other's counts; then refuses the key for as long as the
 * rule says, never shortening a refusal already running.
 */
export async function recordFailure(key: string, rule: ThrottleRule, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const rows = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "blockedUntil")
    VALUES (${key}, 1, ${now}, NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStartedAt" END
    RETURNING "failures"`;
  const failures = rows[0]?.failures ?? 1;
  const refuseForMs = rule.refuseForMs(failures);
  if (refuseForMs > 0) {
    const until = new Date(now.getTime() + refuseForMs);
    await db().$executeRaw`
      UPDATE "SignInThrottle" SET "blockedUntil" = GREATEST(COALESCE("blockedUntil", ${until}), ${until}) WHERE "key" = ${key}`;
  }
  return failures;
}

export async function clearFailures(keys: string[]): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: { in: keys } } });
}
