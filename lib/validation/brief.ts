import { z } from 'zod';
import { idSchema } from '@/lib/validation/assessment';
import { BRIEF_ASK_MAX } from '@/lib/validation/limits';
import { hasNoNul, NUL_MESSAGE } from '@/lib/validation/text';

// A ticked checkbox posts "on" and an unticked one posts nothing: absent is "no".
const choice = z
  .literal('on', { error: 'Tick the box or leave it empty' })
  .optional()
  .transform((value) => value === 'on');

/** The brief's ask and what it includes, as the preview's form posts them. */
export const briefSchema = z
  .object({
    assessmentId: idSchema,
    ask: z
      .string({ error: 'Write what you are asking for, or leave it empty' })
      .trim()
      .max(BRIEF_ASK_MAX, `Keep what you ask for to ${BRIEF_ASK_MAX} characters`)
      .refine(hasNoNul, NUL_MESSAGE)
      .default(''),
    includeEvidence: choice,
    includePlan: choice,
    includeOthers: choice,
    includeLog: choice,
  })
  .strict();
export type BriefInput = z.output<typeof briefSchema>;
