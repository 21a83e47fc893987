import { z } from 'zod';
import { Confidence } from '@/lib/domain/vocabulary';
import { EVIDENCE_MAX } from '@/lib/validation/limits';
import { hasNoNul, NUL_MESSAGE } from '@/lib/validation/text';

const LEVEL_MESSAGE = 'Choose a level from 1 to 5';

export const idSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not a valid id');
const level = z.coerce.number({ error: LEVEL_MESSAGE }).int(LEVEL_MESSAGE).min(1, LEVEL_MESSAGE).max(5, LEVEL_MESSAGE);

export const confidenceSchema = z.enum(Confidence, { error: 'Choose low, medium or high confidence' });

// An item is rated at a level, marked "no opportunity yet", or left unrated
// (both empty); never a level and "no opportunity" at once.
export const answerSchema = z
  .object({
    assessmentId: idSchema,
    itemId: idSchema,
    baseRevision: z.coerce.number().int().min(0),
    level: level.nullable(),
    noOpportunity: z.boolean(),
    targetLevel: level,
    confidence: confidenceSchema.nullable(),
    evidence: z
      .string()
      .max(EVIDENCE_MAX, `Keep evidence to ${EVIDENCE_MAX.toLocaleString('en-GB')} characters`)
      .refine(hasNoNul, NUL_MESSAGE)
      // Normalise line endings only; the text is otherwise kept exactly as written.
      .transform((value) => value.replace(/\r\n?/g, '\n')),
  })
  .strict()
  .refine((answer) => !(answer.noOpportunity && answer.level !== null), {
    message: 'Choose a level or "no opportunity yet", not both',
    path: ['level'],
  });
export type AnswerInput = z.infer<typeof answerSchema>;

export const submitSchema = z
  .object({
    assessmentId: idSchema,
    // Keys of the items the person knowingly leaves unrated.
    confirmUnrated: z.array(z.string().max(64)).max(50).default([]),
  })
  .strict();

export const startSchema = z.object({ from: z.enum(['blank', 'previous']) }).strict();

export const deleteAssessmentSchema = z
  .object({ assessmentId: idSchema, confirmed: z.literal('yes', { error: 'Tick the box to confirm the deletion' }).optional() })
  .strict();
