import 'server-only';
import type { ClientInfo } from '@/lib/auth/client-info';
import { spendPasswordCheck, verifyPassword } from '@/lib/auth/password';
import { recordAuditEvent } from '@/lib/data/audit';
import {
  ACCOUNT_RULE,
  accountKey,
  ADDRESS_RULE,
  addressKey,
  blockedUntil,
  clearFailures,
  recordFailure,
} from '@/lib/data/sign-in-throttle';
import { findCredentials } from '@/lib/data/users';
import { signInSchema } from '@/lib/validation/auth';

export type Authenticated = { id: string; email: string; name: string | null };
export type AuthenticationResult = { ok: true; user: Authenticated } | { ok: false; message: string };

// One message for an unknown address and a wrong password alike.
export const INVALID_CREDENTIALS = 'That email and password do not match an account. Check both and try again.';

export function tooManyAttempts(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

export async function authenticateWithPassword(input: unknown, client: ClientInfo): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_CREDENTIALS };
  const { email, password } = parsed.data;
  const keys = [accountKey(email), ...(client.ip ? [addressKey(client.ip)] : [])];

  // While blocked, even the right password is not checked: a guesser learns nothing.
  const until = await blockedUntil(keys);
  if (until) {
    const account = await findCredentials(email);
    await recordAuditEvent('SIGN_IN_BLOCKED', account?.id ?? null, client);
    return { ok: false, message: tooManyAttempts(until) };
  }

  const account = await findCredentials(email);
  const valid = account?.passwordHash ? await verifyPassword(account.passwordHash, password) : (await spendPasswordCheck(password), false);
  if (!account || !valid) {
    await recordFailure(accountKey(email), ACCOUNT_RULE);
    if (client.ip) await recordFailure(addressKey(client.ip), ADDRESS_RULE);
    await recordAuditEvent('SIGN_IN_FAILED', account?.id ?? null, client);
    const nowBlocked = await blockedUntil(keys);
    return { ok: false, message: nowBlocked ? tooManyAttempts(nowBlocked) : INVALID_CREDENTIALS };
  }

  await clearFailures(accountKey(email));
  await recordAuditEvent('SIGN_IN_SUCCEEDED', account.id, client);
  return { ok: true, user: { id: account.id, email: account.email, name: account.name } };
}
