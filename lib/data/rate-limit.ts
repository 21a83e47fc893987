import 'server-only';
import type { ClientInfo } from '@/lib/auth/client-info';
import { db } from '@/lib/db/db';
import { env } from '@/lib/env';

export type RateRule = { limit: number; windowMs: number };
export type CostlyAction = 'sign-up' | 'password-change' | 'email-change';

const HOUR = 60 * 60_000;

/** The rules for one costly action: per client address, and for everyone together. */
export function costlyActionRules(config = env()): { perAddress: RateRule; total: RateRule } {
  return {
    perAddress: { limit: config.HEADWAY_COSTLY_ACTIONS_PER_ADDRESS, windowMs: HOUR },
    total: { limit: config.HEADWAY_COSTLY_ACTIONS_TOTAL, windowMs: HOUR },
  };
}

/**
 * Counts one attempt against each key, each in one statement so that app
 * instances sharing the database cannot lose each other's counts. Null when
 * every key still allows it; otherwise when the longest-blocked key frees up.
 * Refused attempts count too: hammering on does not reopen the window.
 */
export async function takeAttempt(checks: { key: string; rule: RateRule }[], now = new Date()): Promise<Date | null> {
  let until: Date | null = null;
  for (const { key, rule } of checks) {
    const windowStart = new Date(now.getTime() - rule.windowMs);
    const [row] = await db().$queryRaw<{ attempts: number; windowStartedAt: Date }[]>`
      INSERT INTO "RateLimit" ("key", "attempts", "windowStartedAt") VALUES (${key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "attempts" = CASE WHEN "RateLimit"."windowStartedAt" <= ${windowStart} THEN 1 ELSE "RateLimit"."attempts" + 1 END,
        "windowStartedAt" = CASE WHEN "RateLimit"."windowStartedAt" <= ${windowStart} THEN ${now} ELSE "RateLimit"."windowStartedAt" END
      RETURNING "attempts", "windowStartedAt"`;
    if (row && row.attempts > rule.limit) {
      const free = new Date(new Date(row.windowStartedAt).getTime() + rule.windowMs);
      if (!until || free > until) until = free;
    }
  }
  return until;
}

/** Counts a sign-up, password or email change from this client; null when allowed, or when it may be tried again. */
export async function takeCostlyAttempt(action: CostlyAction, client: ClientInfo, now = new Date()): Promise<Date | null> {
  const rules = costlyActionRules();
  return takeAttempt(
    [...(client.ip ? [{ key: `${action}:address:${client.ip}`, rule: rules.perAddress }] : []), { key: `${action}:total`, rule: rules.total }],
    now,
  );
}

export function tryAgainLater(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many attempts from here. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
