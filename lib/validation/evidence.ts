import { z } from 'zod';
import { idSchema } from '@/lib/validation/assessment';
import { calendarDateSchema, httpUrlSchema, itemKeySchema } from '@/lib/validation/goal';
import { EVIDENCE_ENTRY_MAX, EVIDENCE_ITEMS_MAX } from '@/lib/validation/limits';
import { requiredText } from '@/lib/validation/required-text';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The day it happened. Up to a day ahead of the server's today is allowed:
 * the person's today may already be tomorrow in UTC; further ahead is a typo.
 */
const occurredOnSchema = calendarDateSchema.refine(
  (date) => date.getTime() <= Date.now() + DAY,
  'Choose the day it happened: today or earlier',
);

const textSchema = requiredText('Write what happened', EVIDENCE_ENTRY_MAX, `Keep this to ${EVIDENCE_ENTRY_MAX.toLocaleString('en-GB')} characters`);

/** An empty link field means no link. */
const linkSchema = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? '')
  .pipe(z.union([z.literal('').transform(() => null), httpUrlSchema]));

/** An empty goal choice means none. */
const goalChoiceSchema = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? '')
  .pipe(z.union([z.literal('').transform(() => null), idSchema]));

// A checkbox list arrives as nothing, one string or a list of them.
const itemKeysSchema = z
  .preprocess(
    (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value]),
    z
      .array(itemKeySchema, { error: 'Choose at least one framework item' })
      .min(1, 'Choose at least one framework item')
      .max(EVIDENCE_ITEMS_MAX, `Choose at most ${EVIDENCE_ITEMS_MAX} items`),
  )
  .transform((keys) => [...new Set(keys)]);

const entryFields = {
  occurredOn: occurredOnSchema,
  text: textSchema,
  url: linkSchema,
  itemKeys: itemKeysSchema,
  goalId: goalChoiceSchema,
};

export const createEvidenceSchema = z.object(entryFields).strict();
export type CreateEvidenceInput = z.infer<typeof createEvidenceSchema>;

export const updateEvidenceSchema = z.object({ entryId: idSchema, ...entryFields }).strict();
export type UpdateEvidenceInput = z.infer<typeof updateEvidenceSchema>;

const groupingSchema = z.enum(['item', 'month']);

/** Deleting an entry: which, and which grouping of the log to go back to. */
export const deleteEvidenceSchema = z.object({ entryId: idSchema, by: groupingSchema.optional() }).strict();

/** Query string of the new-entry page: what to preselect; anything odd is ignored. */
export const newEvidenceQuerySchema = z.object({
  item: itemKeySchema.optional().catch(undefined),
  goal: idSchema.optional().catch(undefined),
});

/** Query string of the list page: how to group. */
export const evidenceListQuerySchema = z.object({
  by: groupingSchema.catch('item'),
  notice: z.enum(['added', 'updated', 'deleted']).optional().catch(undefined),
});
