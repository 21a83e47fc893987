'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clearSessionCookie } from '@/lib/auth/clear-session-cookie';
import { clientInfo } from '@/lib/auth/client-info';
import { checkPasswordStrength, hashPassword, verifyPassword } from '@/lib/auth/password';
import { requireSession, requireUser } from '@/lib/auth/session';
import { recordAuditEvent } from '@/lib/data/audit';
import { takeCostlyAttempt, tryAgainLater } from '@/lib/data/rate-limit';
import { endAllSessions, endSession } from '@/lib/data/sessions';
import { deleteAccount, findCredentials, setPassword } from '@/lib/data/users';
import { invalid, type ActionResult } from '@/lib/validation/action-result';
import { changePasswordSchema, deleteAccountSchema, endSessionSchema } from '@/lib/validation/auth';
import { formFields } from '@/lib/validation/form-data';
import { unlessUnavailable } from '@/lib/http/unavailable';
import { BUSY_MESSAGE, busyOrThrow } from '@/lib/workers/cpu-pool';

const FAILED = 'Could not save the change just now. Try again.';

export async function changePassword(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return unlessUnavailable('changePassword', async () => {
    const { user, sessionId } = await requireSession();
    const parsed = changePasswordSchema.safeParse(formFields(form));
    if (!parsed.success) return invalid(parsed.error);
    const { currentPassword, newPassword } = parsed.data;
    const client = clientInfo(await headers());
    // Before the password is verified, scored or hashed: each costs CPU.
    const until = await takeCostlyAttempt('password-change', client);
    if (until) return { ok: false, message: tryAgainLater(until) };
    try {
      const credentials = await findCredentials(user.email);
      // Accounts created through the identity provider have no password to confirm.
      if (credentials?.passwordHash && !(await verifyPassword(credentials.passwordHash, currentPassword ?? ''))) {
        return { ok: false, message: 'Check the highlighted fields.', fieldErrors: { currentPassword: ['That is not your current password.'] } };
      }
      const strength = await checkPasswordStrength(newPassword, [user.email, user.name ?? '']).catch(busyOrThrow);
      if (!strength) return { ok: false, message: BUSY_MESSAGE };
      if (!strength.ok) return { ok: false, message: 'Choose a stronger password.', fieldErrors: { newPassword: [strength.message] } };
      await setPassword(user, await hashPassword(newPassword), sessionId);
      await recordAuditEvent('PASSWORD_CHANGED', user.id, client);
    } catch (error) {
      console.error('changePassword', error);
      return { ok: false, message: FAILED };
    }
    revalidatePath('/account');
    return { ok: true, message: 'Password changed. You have been signed out everywhere else.' };
  });
}

/** Ends one of the user's sessions from the account page's list; ending this browser's own is signing out. */
export async function endSessionAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return unlessUnavailable('endSessionAction', async () => {
    const current = await requireSession();
    const parsed = endSessionSchema.safeParse(formFields(form));
    if (!parsed.success) return invalid(parsed.error);
    const { sessionId } = parsed.data;
    try {
      // Scoped to the user: another person's session id ends nothing and says no more than an ended one.
      if (!(await endSession(current.user, sessionId))) return { ok: false, message: 'That session has already ended.' };
      if (sessionId === current.sessionId) await clearSessionCookie();
    } catch (error) {
      console.error('endSessionAction', error);
      return { ok: false, message: 'Could not end that session just now. Try again.' };
    }
    if (sessionId === current.sessionId) redirect('/signin');
    revalidatePath('/account');
    return { ok: true, message: 'Session ended. That device is signed out.' };
  });
}

export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  await endAllSessions(user);
  await recordAuditEvent('SIGNED_OUT_EVERYWHERE', user.id, clientInfo(await headers()));
  await clearSessionCookie();
  redirect('/signin?notice=signed-out-everywhere');
}

export async function deleteMyAccount(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return unlessUnavailable('deleteMyAccount', async () => {
    const user = await requireUser();
    const parsed = deleteAccountSchema.safeParse(formFields(form));
    if (!parsed.success) return invalid(parsed.error);
    try {
      await deleteAccount(user, clientInfo(await headers()));
      await clearSessionCookie();
    } catch (error) {
      console.error('deleteMyAccount', error);
      return { ok: false, message: 'Could not delete your account just now. Nothing was deleted. Try again.' };
    }
    redirect('/signin?notice=deleted');
  });
}
