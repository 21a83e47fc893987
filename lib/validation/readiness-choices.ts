import { z } from 'zod';
import { idSchema } from '@/lib/validation/assessment';

/** A choice posted about one assessment: its id and the choice's fields, and nothing else. */
function assessmentChoiceSchema<Fields extends z.ZodRawShape>(fields: Fields) {
  return z.object({ assessmentId: idSchema, ...fields }).strict();
}

/** The measure an assessment's readiness is read against. */
export const measureSchema = assessmentChoiceSchema({
  measure: z.enum(['STEP_UP', 'IN_ROLE'], { error: 'Choose “ready to step up” or “effective in the role”' }),
});
export type MeasureInput = z.infer<typeof measureSchema>;

const itemKeySchema = z.string().trim().min(1).max(80).regex(/^[a-z0-9-]+$/, 'Not an item of the framework');

const PRIORITY_CHOICE_MESSAGE = 'Choose one item to pin, dismiss or restore';

/**
 * Pinning, dismissing or restoring one priority. The page's buttons each
 * post their own name (pin, dismiss or restore) with the item's key as the
 * value, so a form without JavaScript sends exactly the button pressed.
 */
export const priorityChoiceSchema = assessmentChoiceSchema({
  pin: itemKeySchema.optional(),
  dismiss: itemKeySchema.optional(),
  restore: itemKeySchema.optional(),
})
  .refine((input) => [input.pin, input.dismiss, input.restore].filter((value) => value !== undefined).length === 1, { message: PRIORITY_CHOICE_MESSAGE })
  .transform(({ assessmentId, pin, dismiss, restore }) => ({
    assessmentId,
    itemKey: (pin ?? dismiss ?? restore)!,
    choice: pin ? ('PINNED' as const) : dismiss ? ('DISMISSED' as const) : null,
  }));
export type PriorityChoiceInput = z.output<typeof priorityChoiceSchema>;

/** Whether gaps and priorities start from the EM's own levels or the ones they agreed. */
export const levelsFromSchema = assessmentChoiceSchema({
  levelsFrom: z.enum(['SELF', 'AGREED'], { error: 'Choose your own levels or the levels you agreed' }),
});
export type LevelsFromInput = z.infer<typeof levelsFromSchema>;
