'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { validatedPublicAction } from '@/lib/actions/validated-action';
import { clientInfo } from '@/lib/auth/client-info';
import { safeCallbackUrl } from '@/lib/auth/sign-in-page';
import { checkPasswordStrength, hashPassword } from '@/lib/auth/password';
import { issueSessionCookie } from '@/lib/auth/session-cookie';
import { recordAuditEvent } from '@/lib/data/audit';
import { takeCostlyAttempt, tryAgainLater } from '@/lib/data/rate-limit';
import { startSession } from '@/lib/data/sessions';
import { createPasswordUser } from '@/lib/data/users';
import { SIGN_UP_REFUSED, signUpSchema, WEAK_PASSWORD_MESSAGE } from '@/lib/validation/auth';
import { BUSY_MESSAGE, busyOrThrow } from '@/lib/workers/cpu-pool';

const TYPED = ['name', 'email', 'callbackUrl'];

export const signUp = validatedPublicAction(
  signUpSchema,
  async ({ email, name, password, callbackUrl }) => {
    const values = { email, ...(name ? { name } : {}) };
    const client = clientInfo(await headers());
    // Counted before any of the costly work: a flood is refused for the price of one statement.
    const until = await takeCostlyAttempt('sign-up', client);
    if (until) return { ok: false, message: tryAgainLater(until), values };
    const strength = await checkPasswordStrength(password, [email, name ?? '']).catch(busyOrThrow);
    if (!strength) return { ok: false, message: BUSY_MESSAGE, values };
    if (!strength.ok) return { ok: false, reason: 'invalid', message: WEAK_PASSWORD_MESSAGE, fieldErrors: { password: [strength.message] }, values };
    const user = await createPasswordUser({ email, name, passwordHash: await hashPassword(password) });
    if (!user) return { ok: false, message: SIGN_UP_REFUSED, values };
    await recordAuditEvent('SIGN_UP', user.id, client);
    await issueSessionCookie(user, await startSession(user.id, client));
    redirect(callbackUrl ? safeCallbackUrl(callbackUrl) : '/welcome');
  },
  { echo: TYPED, failed: 'Could not create your account just now. Try again.' },
);
