import { z } from 'zod';
import type { RatingScale } from '@/lib/domain/rating-scale';
import { answerSchemaFor, idSchema, type AnswerInput } from '@/lib/validation/assessment';
import { postedLevel } from '@/lib/validation/assessment-fields';

// The no-JavaScript form posts every item at once, its fields named
// `<field>:<itemId>` (see assessment-fields.ts) and grouped per item before
// they reach this schema. Each item is then validated on its own, so one bad
// item is reported by id rather than refusing the rest.
const postedItemSchema = z.record(z.string().max(32), z.string());

export const answersFormSchema = z
  .object({
    assessmentId: idSchema,
    items: z.record(idSchema, postedItemSchema).refine((items) => Object.keys(items).length <= 50, 'Too many items'),
  })
  .strict();

/** Every posted item, validated against the pinned version's `scale`; unparseable items are reported by id. */
export function answersFromForm(
  assessmentId: string,
  items: Record<string, Record<string, string>>,
  scale: RatingScale,
): { answers: AnswerInput[]; invalid: string[] } {
  const answerSchema = answerSchemaFor(scale);
  const answers: AnswerInput[] = [];
  const invalid: string[] = [];
  for (const [itemId, fields] of Object.entries(items)) {
    if (fields.baseRevision === undefined) continue;
    const parsed = answerSchema.safeParse({
      assessmentId,
      itemId,
      baseRevision: fields.baseRevision,
      ...postedLevel(fields.level),
      targetLevel: fields.targetLevel ?? null,
      confidence: fields.confidence || null,
      evidence: fields.evidence ?? '',
    });
    if (parsed.success) answers.push(parsed.data);
    else invalid.push(itemId);
  }
  return { answers, invalid };
}
