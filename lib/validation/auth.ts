import { z } from 'zod';
import { DELETE_CONFIRMATION, EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from '@/lib/validation/limits';
import { hasNoNul, NUL_MESSAGE } from '@/lib/validation/text';

export const emailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX, `An email address is at most ${EMAIL_MAX} characters`)
  .pipe(z.email('Enter an email address such as name@example.com'));

// Any characters are allowed, unicode included; length is counted in code
// points so that an emoji is one character, as a person would count it.
export const passwordSchema = z
  .string({ error: 'Enter a password' })
  .refine((value) => [...value].length >= PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .refine((value) => [...value].length <= PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

const NAME_TOO_LONG = `A name is at most ${NAME_MAX} characters`;

const nameSchema = z
  .string()
  .trim()
  .max(NAME_MAX, NAME_TOO_LONG)
  .refine(hasNoNul, NUL_MESSAGE)
  .transform((value) => (value === '' ? undefined : value))
  .optional();

export const signUpSchema = z
  // Where to go once the account exists (an invitation, say); checked to stay on this site before use.
  .object({ name: nameSchema, email: emailSchema, password: passwordSchema, callbackUrl: z.string().max(2000).optional() })
  .strict();

// Deliberately silent on whether the address is taken.
/** A password the strength check refused: its field says why. */
export const WEAK_PASSWORD_MESSAGE = 'Choose a stronger password.';

export const SIGN_UP_REFUSED =
  'We could not create an account with these details. If you already have one, sign in instead.';

// Sign-in checks only the shape: the rules for new passwords must not lock out
// anyone whose password predates them.
export const signInSchema = z
  .object({
    email: emailSchema,
    password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX * 4),
  })
  .strict();

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().max(PASSWORD_MAX * 4).optional(),
    newPassword: passwordSchema,
  })
  .strict();

export const deleteAccountSchema = z
  .object({
    confirmation: z
      .string()
      .trim()
      .refine((value) => value.toLowerCase() === DELETE_CONFIRMATION, `Type "${DELETE_CONFIRMATION}" to confirm`),
  })
  .strict();

// A session id as startSession makes it: 24 random bytes, base64url.
export const endSessionSchema = z
  .object({ sessionId: z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'Choose a session from the list') })
  .strict();

/** A form whose button is the whole of its input (sign out everywhere). */
export const noFieldsSchema = z.object({}).strict();

/** The name the app greets the person by; empty clears it. */
export const changeNameSchema = z.object({ name: z.string().trim().max(NAME_MAX, NAME_TOO_LONG).refine(hasNoNul, NUL_MESSAGE) }).strict();
export type ChangeNameInput = z.infer<typeof changeNameSchema>;

/** A new sign-in address, confirmed with the current password. */
export const changeEmailSchema = z
  .object({
    email: emailSchema,
    currentPassword: z.string({ error: 'Enter your current password' }).min(1, 'Enter your current password').max(PASSWORD_MAX * 4),
  })
  .strict();
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;

export const EMAIL_TAKEN_MESSAGE = 'Another account already uses this address. Choose a different one.';
export const NO_PASSWORD_FOR_EMAIL = 'Set a password first: a change of email address is confirmed with it.';
