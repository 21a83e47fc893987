'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/actions/validated-action';
import { clearSessionCookie } from '@/lib/auth/clear-session-cookie';
import { clientInfo } from '@/lib/auth/client-info';
import { checkPasswordStrength, hashPassword, verifyPassword } from '@/lib/auth/password';
import { recordAuditEvent } from '@/lib/data/audit';
import { replaceCalendarFeed, turnOffCalendarFeed } from '@/lib/data/calendar-feeds';
import { takeCostlyAttempt, tryAgainLater } from '@/lib/data/rate-limit';
import { saveEmailSettings } from '@/lib/data/email-settings';
import { endAllSessions, endSession } from '@/lib/data/sessions';
import { changeEmail, deleteAccount, findCredentials, setName, setPassword } from '@/lib/data/users';
import {
  changeEmailSchema,
  changeNameSchema,
  changePasswordSchema,
  deleteAccountSchema,
  EMAIL_TAKEN_MESSAGE,
  NO_PASSWORD_FOR_EMAIL,
  endSessionSchema,
  noFieldsSchema,
  WEAK_PASSWORD_MESSAGE,
} from '@/lib/validation/auth';
import { CHECK_FIELDS_MESSAGE, type ActionResult } from '@/lib/validation/action-result';
import { DIGEST_DAY_MESSAGE, emailSettingsSchema } from '@/lib/validation/email-settings';
import { WEEKDAYS } from '@/lib/domain/email-schedule';
import { BUSY_MESSAGE, busyOrThrow } from '@/lib/workers/cpu-pool';

export const changeNameAction = validatedAction(
  changeNameSchema,
  async ({ name }, viewer) => {
    await setName(viewer, name === '' ? null : name);
    // The name shows in the header of every signed-in page. Only those: the
    // public pages are prerendered, and their CSP allows the inline scripts of
    // the HTML built, by hash; a page made again would carry other scripts.
    revalidatePath('/(app)', 'layout');
    return { ok: true, message: name === '' ? 'Name removed.' : 'Name saved.' };
  },
  { echo: ['name'] },
);

/**
 * A new sign-in address, confirmed with the current password: a session left
 * open on a shared computer must not be enough to take the account over.
 */
export const changeEmailAction = validatedAction(
  changeEmailSchema,
  async ({ email, currentPassword }, viewer) => {
    const client = clientInfo(await headers());
    // Before the password is verified: that costs CPU, and each try is a guess at it.
    const until = await takeCostlyAttempt('email-change', client);
    if (until) return { ok: false, message: tryAgainLater(until), values: { email } };
    const credentials = await findCredentials(viewer.email);
    if (!credentials?.passwordHash) return { ok: false, reason: 'invalid', message: NO_PASSWORD_FOR_EMAIL };
    if (!(await verifyPassword(credentials.passwordHash, currentPassword))) {
      return { ok: false, reason: 'invalid', message: CHECK_FIELDS_MESSAGE, fieldErrors: { currentPassword: ['That is not your current password.'] }, values: { email } };
    }
    if (email === credentials.email) {
      return { ok: false, reason: 'invalid', message: CHECK_FIELDS_MESSAGE, fieldErrors: { email: ['This is already your email address.'] }, values: { email } };
    }
    if ((await changeEmail(viewer, email, client)).kind === 'taken') {
      return { ok: false, reason: 'conflict', message: CHECK_FIELDS_MESSAGE, fieldErrors: { email: [EMAIL_TAKEN_MESSAGE] }, values: { email } };
    }
    revalidatePath('/(app)', 'layout');
    return { ok: true, message: `Your email address is now ${email}. Use it to sign in from now on.` };
  },
  { echo: ['email'], failed: 'Could not save the change just now. Nothing was changed. Try again.' },
);

export const changePassword = validatedAction(
  changePasswordSchema,
  async ({ currentPassword, newPassword }, viewer, session) => {
    const client = clientInfo(await headers());
    // Before the password is verified, scored or hashed: each costs CPU.
    const until = await takeCostlyAttempt('password-change', client);
    if (until) return { ok: false, message: tryAgainLater(until) };
    const credentials = await findCredentials(viewer.email);
    // Accounts created through the identity provider have no password to confirm.
    if (credentials?.passwordHash && !(await verifyPassword(credentials.passwordHash, currentPassword ?? ''))) {
      return { ok: false, reason: 'invalid', message: CHECK_FIELDS_MESSAGE, fieldErrors: { currentPassword: ['That is not your current password.'] } };
    }
    const strength = await checkPasswordStrength(newPassword, [viewer.email, viewer.name ?? '']).catch(busyOrThrow);
    if (!strength) return { ok: false, message: BUSY_MESSAGE };
    if (!strength.ok) return { ok: false, reason: 'invalid', message: WEAK_PASSWORD_MESSAGE, fieldErrors: { newPassword: [strength.message] } };
    await setPassword(viewer, await hashPassword(newPassword), session.id);
    await recordAuditEvent('PASSWORD_CHANGED', viewer.id, client);
    revalidatePath('/account');
    return { ok: true, message: 'Password changed. You have been signed out everywhere else.' };
  },
  { failed: 'Could not save the change just now. Try again.' },
);

/** Ends one of the user's sessions from the account page's list; ending this browser's own is signing out. */
export const endSessionAction = validatedAction(
  endSessionSchema,
  async ({ sessionId }, viewer, session) => {
    // Scoped to the user: another person's session id ends nothing and says no more than an ended one.
    if (!(await endSession(viewer, sessionId))) return { ok: false, reason: 'not-found', message: 'That session has already ended.' };
    if (sessionId === session.id) {
      await clearSessionCookie();
      redirect('/signin');
    }
    revalidatePath('/account');
    return { ok: true, message: 'Session ended. That device is signed out.' };
  },
  { failed: 'Could not end that session just now. Try again.' },
);

export const signOutEverywhere = validatedAction(noFieldsSchema, async (_input, viewer) => {
  await endAllSessions(viewer);
  await recordAuditEvent('SIGNED_OUT_EVERYWHERE', viewer.id, clientInfo(await headers()));
  await clearSessionCookie();
  redirect('/signin?notice=signed-out-everywhere');
});

export const deleteMyAccount = validatedAction(
  deleteAccountSchema,
  async (_input, viewer) => {
    await deleteAccount(viewer, clientInfo(await headers()));
    await clearSessionCookie();
    redirect('/signin?notice=deleted');
  },
  { failed: 'Could not delete your account just now. Nothing was deleted. Try again.' },
);

export type CalendarFeedResult = ActionResult<{ path: string } | undefined>;

/** Turns the calendar feed on, or replaces its address so the old one stops working; the new address is shown once. */
export const issueCalendarFeed = validatedAction(
  noFieldsSchema,
  async (_input, viewer): Promise<CalendarFeedResult> => {
    const { token, replaced } = await replaceCalendarFeed(viewer);
    await recordAuditEvent('CALENDAR_FEED_ISSUED', viewer.id, clientInfo(await headers()));
    revalidatePath('/account');
    return {
      ok: true,
      message: replaced ? 'New feed address made: the old one no longer works.' : 'Calendar feed turned on.',
      data: { path: `/calendar/${token}` },
    };
  },
  { failed: 'Could not make a feed address just now. Try again.' },
);

export const turnOffCalendarFeedAction = validatedAction(
  noFieldsSchema,
  async (_input, viewer) => {
    if (!(await turnOffCalendarFeed(viewer))) return { ok: false, reason: 'not-found', message: 'Your calendar feed is already off.' };
    await recordAuditEvent('CALENDAR_FEED_TURNED_OFF', viewer.id, clientInfo(await headers()));
    revalidatePath('/account');
    return { ok: true, message: 'Calendar feed turned off: its address no longer works.' };
  },
  { failed: 'Could not turn the feed off just now. Try again.' },
);

/** The weekly digest's day (or none) and the review reminder, sent when email is on. */
export const saveEmailSettingsAction = validatedAction(
  emailSettingsSchema,
  async ({ digestDay, reviewReminders }, viewer) => {
    await saveEmailSettings(viewer, { digestDay, reviewReminders });
    revalidatePath('/account');
    const digest = digestDay === null ? 'no weekly digest' : `a digest every ${WEEKDAYS[digestDay - 1]}`;
    return { ok: true, message: `Saved: ${digest}, ${reviewReminders ? 'and' : 'no'} reminder a week before your review.` };
  },
  { invalid: `${DIGEST_DAY_MESSAGE}; reminders are on or off.` },
);
