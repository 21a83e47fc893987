import { z } from 'zod';

export const DIGEST_DAY_MESSAGE = 'Choose a day for the digest, or no digest';

/** The account page's email settings: a digest day (1 Monday … 7 Sunday) or "off", and a checkbox for reminders. */
export const emailSettingsSchema = z
  .object({
    digestDay: z.enum(['off', '1', '2', '3', '4', '5', '6', '7'], { error: DIGEST_DAY_MESSAGE }).transform((day) => (day === 'off' ? null : Number(day))),
    // A checkbox posts "on" when ticked and nothing at all when not.
    reviewReminders: z
      .literal('on', { error: 'Tick the box or leave it empty' })
      .optional()
      .transform((ticked) => ticked === 'on'),
  })
  .strict();
export type EmailSettingsInput = z.infer<typeof emailSettingsSchema>;
