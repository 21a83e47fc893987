import 'server-only';
import { db } from '@/lib/data/db';

export type ThrottleRule = { limit: number; windowMs: number; blockMs: number };

// Per account: enough for typos, not for guessing. Per address: higher, since
// one office or VPN may share an address.
export const ACCOUNT_RULE: ThrottleRule = { limit: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };
export const ADDRESS_RULE: ThrottleRule = { limit: 25, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (ip: string) => `address:${ip}`;

/** The moment the latest block on any of these keys ends, or null. */
export async function blockedUntil(keys: string[], now = new Date()): Promise<Date | null> {
  const blocked = await db().signInThrottle.aggregate({
    where: { key: { in: keys }, blockedUntil: { gt: now } },
    _max: { blockedUntil: true },
  });
  return blocked._max.blockedUntil;
}

/**
 * Counts a failure in one statement, so that instances sharing the database
 * cannot lose each other's counts; blocks the key once it reaches the limit.
 */
export async function recordFailure(key: string, rule: ThrottleRule, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const blockEnd = new Date(now.getTime() + rule.blockMs);
  await db().$executeRaw`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "blockedUntil")
    VALUES (${key}, 1, ${now}, ${rule.limit <= 1 ? blockEnd : null})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStartedAt" END,
      "blockedUntil" = CASE
        WHEN "SignInThrottle"."windowStartedAt" >= ${windowStart} AND "SignInThrottle"."failures" + 1 >= ${rule.limit} THEN ${blockEnd}
        ELSE "SignInThrottle"."blockedUntil"
      END`;
}

export async function clearFailures(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}
