import { z } from 'zod';
import { RaterRole } from '@/lib/domain/others-view';
import { idSchema } from '@/lib/validation/assessment';
import {
  EMAIL_MAX,
  INVITATION_DEFAULT_DAYS,
  INVITATION_MAX_DAYS,
  INVITATION_NOTE_MAX,
  OVERALL_COMMENT_MAX,
  RATER_COMMENT_MAX,
} from '@/lib/validation/limits';
import { hasNoNul, NUL_MESSAGE } from '@/lib/validation/text';
import { linkTokenSchema } from '@/lib/validation/link-token';

// The shape of a level only: its bounds are the pinned framework version's,
// which the rating's save checks against that version's levels.
const level = z.coerce.number({ error: 'Choose a level' }).int('Choose a level');

/** Text up to `max` characters, with line endings made one kind; `what` names it in the messages. */
export const limitedText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text` })
    .max(max, `Keep ${what.toLowerCase()} to ${max.toLocaleString('en-GB')} characters`)
    .refine(hasNoNul, NUL_MESSAGE)
    .transform((value) => value.replace(/\r\n?/g, '\n'));

const days = z.coerce
  .number({ error: 'Choose how many days the invitation stays open' })
  .int('Choose a whole number of days')
  .min(1, 'An invitation stays open for at least 1 day')
  .max(INVITATION_MAX_DAYS, `An invitation stays open for at most ${INVITATION_MAX_DAYS} days`);

export const invitationTokenSchema = linkTokenSchema('This invitation link is not valid');

export const createInvitationSchema = z
  .object({
    assessmentId: idSchema,
    role: z.enum(RaterRole, { error: 'Choose manager, mentor or coach, or peer or report' }),
    note: limitedText(INVITATION_NOTE_MAX, 'The note').pipe(z.string().trim()).default(''),
    days: days.default(INVITATION_DEFAULT_DAYS),
    // Where to email the link, when email is on; left empty, the link is only shown.
    email: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      z.string({ error: 'Enter an email address, or leave it empty' }).trim().max(EMAIL_MAX, `Keep the address to ${EMAIL_MAX} characters`).pipe(z.email('Enter an email address such as name@example.com, or leave it empty')).optional(),
    ),
  })
  .strict();
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

export const invitationRefSchema = z.object({ assessmentId: idSchema, invitationId: idSchema }).strict();

export const extendInvitationSchema = z.object({ assessmentId: idSchema, invitationId: idSchema, days: days.default(INVITATION_DEFAULT_DAYS) }).strict();

export const acceptInvitationSchema = z.object({ token: invitationTokenSchema }).strict();

// A rater's rating of one item: a level, "no opportunity to see this", or
// neither yet; never both.
export const ratingSchema = z
  .object({
    invitationId: idSchema,
    itemId: idSchema,
    baseRevision: z.coerce.number().int().min(0),
    level: level.nullable(),
    noOpportunity: z.boolean(),
    comment: limitedText(RATER_COMMENT_MAX, 'The comment'),
  })
  .strict()
  .refine((rating) => !(rating.noOpportunity && rating.level !== null), {
    message: 'Choose a level or "no opportunity to see this", not both',
    path: ['level'],
  });
export type RatingInput = z.infer<typeof ratingSchema>;

export const overallCommentSchema = z
  .object({ invitationId: idSchema, baseRevision: z.coerce.number().int().min(0), comment: limitedText(OVERALL_COMMENT_MAX, 'The overall comment') })
  .strict();
export type OverallCommentInput = z.infer<typeof overallCommentSchema>;

export const submitRatingSchema = z.object({ invitationId: idSchema }).strict();

// The rating page without JavaScript posts every item at once, grouped per
// item before this schema; each item is then validated on its own.
export const ratingsFormSchema = z
  .object({
    invitationId: idSchema,
    items: z.record(idSchema, z.record(z.string().max(32), z.string())).refine((items) => Object.keys(items).length <= 50, 'Too many items'),
    overall: z.object({ comment: z.string(), baseRevision: z.string() }).strict().optional(),
  })
  .strict();
