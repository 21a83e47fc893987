import 'server-only';
import type { ClientInfo } from '@/lib/auth/client-info';
import { spendPasswordCheck, verifyPassword } from '@/lib/auth/password';
import { recordAuditEvent } from '@/lib/data/audit';
import {
  ACCOUNT_RULE,
  accountKey,
  ADDRESS_RULE,
  addressKey,
  clearFailures,
  PAIR_RULE,
  pairKey,
  readThrottles,
  recordFailure,
} from '@/lib/data/sign-in-throttle';
import { findCredentials } from '@/lib/data/users';
import { signInSchema } from '@/lib/validation/auth';
import { INVALID_CREDENTIALS } from '@/lib/auth/sign-in-messages';

export type Authenticated = { id: string; email: string; name: string | null };
export type AuthenticationResult = { ok: true; user: Authenticated } | { ok: false; message: string };


export function tooManyAttempts(until: Date, now = new Date()): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1_000));
  if (seconds < 60) return `Too many attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

const latest = (dates: (Date | null | undefined)[]) =>
  dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);

/**
 * An address that has failed to sign in (to any account) waits out the
 * account's delay; one that has not is checked at once. So a guesser cannot
 * keep the owner out, while every address a guesser uses is slowed after its
 * first miss. An unknown address counts as one that has failed.
 */
async function refusedUntil(email: string, ip: string | null): Promise<Date | null> {
  const keys = { account: accountKey(email), pair: ip ? pairKey(email, ip) : null, address: ip ? addressKey(ip) : null };
  const state = await readThrottles([keys.account, keys.pair, keys.address].filter((key): key is string => key !== null));
  const hard = latest([keys.pair ? state.get(keys.pair)?.blockedUntil : null, keys.address ? state.get(keys.address)?.blockedUntil : null]);
  if (hard) return hard;
  const addressHasFailed = keys.address === null || (state.get(keys.address)?.failures ?? 0) > 0;
  return addressHasFailed ? (state.get(keys.account)?.blockedUntil ?? null) : null;
}

export async function authenticateWithPassword(input: unknown, client: ClientInfo): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_CREDENTIALS };
  const { email, password } = parsed.data;

  // While refused, even the right password is not checked: a guesser learns nothing.
  const until = await refusedUntil(email, client.ip);
  if (until) {
    const account = await findCredentials(email);
    await recordAuditEvent('SIGN_IN_BLOCKED', account?.id ?? null, client);
    return { ok: false, message: tooManyAttempts(until) };
  }

  const account = await findCredentials(email);
  const valid = account?.passwordHash ? await verifyPassword(account.passwordHash, password) : (await spendPasswordCheck(password), false);
  if (!account || !valid) {
    await recordFailure(accountKey(email), ACCOUNT_RULE);
    if (client.ip) {
      await recordFailure(pairKey(email, client.ip), PAIR_RULE);
      await recordFailure(addressKey(client.ip), ADDRESS_RULE);
    }
    await recordAuditEvent('SIGN_IN_FAILED', account?.id ?? null, client);
    const nowRefused = await refusedUntil(email, client.ip);
    return { ok: false, message: nowRefused ? tooManyAttempts(nowRefused) : INVALID_CREDENTIALS };
  }

  await clearFailures([accountKey(email), ...(client.ip ? [pairKey(email, client.ip)] : [])]);
  await recordAuditEvent('SIGN_IN_SUCCEEDED', account.id, client);
  return { ok: true, user: { id: account.id, email: account.email, name: account.name } };
}
