import { answerSchema, type AnswerInput } from '@/lib/validation/assessment';
import { fieldName, NO_OPPORTUNITY } from '@/lib/validation/assessment-fields';

/** Every item posted by the no-JavaScript form, validated; unparseable items are reported by id. */
export function answersFromForm(assessmentId: string, form: FormData): { answers: AnswerInput[]; invalid: string[] } {
  const itemIds = new Set<string>();
  for (const key of form.keys()) {
    const [field, itemId] = key.split(':');
    if (field === 'baseRevision' && itemId) itemIds.add(itemId);
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : null;
  };
  const answers: AnswerInput[] = [];
  const invalid: string[] = [];
  for (const itemId of itemIds) {
    const level = text(fieldName('level', itemId));
    const parsed = answerSchema.safeParse({
      assessmentId,
      itemId,
      baseRevision: text(fieldName('baseRevision', itemId)),
      level: level === null || level === '' || level === NO_OPPORTUNITY ? null : level,
      noOpportunity: level === NO_OPPORTUNITY,
      targetLevel: text(fieldName('targetLevel', itemId)),
      confidence: text(fieldName('confidence', itemId)) || null,
      evidence: text(fieldName('evidence', itemId)) ?? '',
    });
    if (parsed.success) answers.push(parsed.data);
    else invalid.push(itemId);
  }
  return { answers, invalid };
}
