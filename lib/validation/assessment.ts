import { z } from 'zod';
import { isInScale, levelMessage, type RatingScale } from '@/lib/domain/rating-scale';
import { Confidence } from '@/lib/domain/vocabulary';
import { EVIDENCE_MAX } from '@/lib/validation/limits';
import { hasNoNul, NUL_MESSAGE } from '@/lib/validation/text';

/** Said wherever a change reaches an assessment that is no longer a draft. */
export const FROZEN_MESSAGE = 'This assessment has been submitted, so its ratings can no longer change.';

export const idSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not a valid id');

const confidenceSchema = z.enum(Confidence, { error: 'Choose low, medium or high confidence' });

// An item is rated at a level, marked "no opportunity yet", or left unrated
// (both empty); never a level and "no opportunity" at once. A level's bounds
// are those of the framework version the assessment is pinned to, which the
// input does not carry: `answerSchema` checks the shape, and
// `answerSchemaFor` the levels once the version's scale is known.
function answerSchemaWith(level: z.ZodType<number, unknown>) {
  return z
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
}

export const answerSchema = answerSchemaWith(z.coerce.number({ error: 'Choose a level' }).int('Choose a level'));
export type AnswerInput = z.infer<typeof answerSchema>;

/** An answer whose level and target lie on `scale`: the scale of the version its assessment is pinned to. */
export function answerSchemaFor(scale: RatingScale) {
  const message = levelMessage(scale);
  return answerSchemaWith(z.coerce.number({ error: message }).refine((level) => isInScale(scale, level), message));
}

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
