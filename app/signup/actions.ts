'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientInfo } from '@/lib/auth/client-info';
import { checkPasswordStrength, hashPassword } from '@/lib/auth/password';
import { issueSessionCookie } from '@/lib/auth/session-cookie';
import { recordAuditEvent } from '@/lib/data/audit';
import { takeCostlyAttempt, tryAgainLater } from '@/lib/data/rate-limit';
import { startSession } from '@/lib/data/sessions';
import { createPasswordUser } from '@/lib/data/users';
import { echo, invalid, type ActionResult } from '@/lib/validation/action-result';
import { SIGN_UP_REFUSED, signUpSchema } from '@/lib/validation/auth';
import { formFields } from '@/lib/validation/form-data';
import { unlessUnavailable } from '@/lib/http/unavailable';
import { BUSY_MESSAGE, busyOrThrow } from '@/lib/workers/cpu-pool';

export async function signUp(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return unlessUnavailable('signUp', async () => {
    const values = echo(form, ['name', 'email']);
    const parsed = signUpSchema.safeParse(formFields(form));
    if (!parsed.success) return invalid(parsed.error, undefined, values);
    const { email, name, password } = parsed.data;
    const client = clientInfo(await headers());
    // Counted before any of the costly work: a flood is refused for the price of one statement.
    const until = await takeCostlyAttempt('sign-up', client);
    if (until) return { ok: false, message: tryAgainLater(until), values };
    const strength = await checkPasswordStrength(password, [email, name ?? '']).catch(busyOrThrow);
    if (!strength) return { ok: false, message: BUSY_MESSAGE, values };
    if (!strength.ok) {
      return { ok: false, message: 'Choose a stronger password.', fieldErrors: { password: [strength.message] }, values };
    }

    let user;
    try {
      user = await createPasswordUser({ email, name, passwordHash: await hashPassword(password) });
      if (!user) return { ok: false, message: SIGN_UP_REFUSED, values };
      await recordAuditEvent('SIGN_UP', user.id, client);
      await issueSessionCookie(user, await startSession(user.id, client));
    } catch (error) {
      console.error('signUp', error);
      return { ok: false, message: 'Could not create your account just now. Try again.', values };
    }
    redirect('/account');
  });
}
