import { z } from 'zod';
import { idSchema } from '@/lib/validation/assessment';
import { hasNoNul, NUL_MESSAGE } from '@/lib/validation/text';
import { linkTokenSchema } from '@/lib/validation/link-token';

export const SHARE_DEFAULT_DAYS = 30;

export const createShareSchema = z
  .object({
    assessmentId: idSchema,
    label: z
      .string()
      .trim()
      .min(1, 'Say who the link is for, e.g. "My manager"')
      .max(80, 'Keep the label to 80 characters')
      .refine(hasNoNul, NUL_MESSAGE),
    days: z.coerce
      .number({ error: 'Choose how many days the link works' })
      .int('Choose a whole number of days')
      .min(1, 'A link works for at least 1 day')
      .max(365, 'A link works for at most 365 days')
      .default(SHARE_DEFAULT_DAYS),
  })
  .strict();

export const revokeShareSchema = z.object({ linkId: idSchema, assessmentId: idSchema }).strict();

export const shareTokenSchema = linkTokenSchema();
