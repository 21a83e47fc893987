import { z } from 'zod';
import { GoalStatus } from '@/lib/domain/vocabulary';
import { idSchema } from '@/lib/validation/assessment';
import { CUSTOM_RESOURCE_ROWS, GOAL_TEXT_MAX, NOTE_MAX, RESOURCE_TITLE_MAX, RESOURCE_URL_MAX } from '@/lib/validation/limits';
import { hasNoNul, NUL_MESSAGE } from '@/lib/validation/text';
import { requiredText } from '@/lib/validation/required-text';
import { PLAN_FILTERS, PLAN_ORDERS } from '@/lib/domain/plan-view';

export const itemKeySchema = z.string().trim().regex(/^[a-z0-9-]{1,64}$/, 'Choose an item from the framework');

/** A calendar day typed as YYYY-MM-DD, kept as midnight UTC so it never shifts with time zones. */
export const calendarDateSchema = z
  .string({ error: 'Give a date' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give a date as year-month-day, e.g. 2027-03-31')
  .pipe(z.iso.date({ error: (issue) => `${String(issue.input)} is not a date in the calendar` }))
  .transform((value) => new Date(`${value}T00:00:00.000Z`))
  .refine((date) => date.getUTCFullYear() >= 2000 && date.getUTCFullYear() <= 2100, 'Choose a date between 2000 and 2100');

const text = (what: string) => requiredText(what, GOAL_TEXT_MAX, `Keep this to ${GOAL_TEXT_MAX} characters`);

// A checkbox list or a repeated field arrives as a string or a list of strings.
const stringList = (max: number, itemMax: number) =>
  z
    .union([z.string().max(itemMax).refine(hasNoNul, NUL_MESSAGE), z.array(z.string().max(itemMax).refine(hasNoNul, NUL_MESSAGE)).max(max)])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

export const httpUrlSchema = z
  .string()
  .trim()
  .max(RESOURCE_URL_MAX, `Keep a link to ${RESOURCE_URL_MAX} characters`)
  .pipe(z.httpUrl({ error: 'A link must start with http:// or https://' }));

const goalFields = {
  action: text('Say what you will do'),
  successMeasure: text('Say how you will know it worked'),
  targetDate: calendarDateSchema,
  resourceKeys: stringList(20, 100),
  customTitle: stringList(CUSTOM_RESOURCE_ROWS, RESOURCE_TITLE_MAX + 1),
  customUrl: stringList(CUSTOM_RESOURCE_ROWS, RESOURCE_URL_MAX + 1),
};

export type CustomResource = { title: string; url: string | null };

/** Pairs the written-in rows; an empty row is ignored, a link without a title or a bad link is refused. */
function customResources(
  fields: { customTitle: string[]; customUrl: string[] },
  context: z.RefinementCtx,
): CustomResource[] {
  const rows = Math.max(fields.customTitle.length, fields.customUrl.length);
  const resources: CustomResource[] = [];
  for (let row = 0; row < rows; row++) {
    const title = (fields.customTitle[row] ?? '').trim();
    const url = (fields.customUrl[row] ?? '').trim();
    if (!title && !url) continue;
    if (!title) context.addIssue({ code: 'custom', path: ['customTitle'], message: 'Give the resource a title' });
    if (title.length > RESOURCE_TITLE_MAX)
      context.addIssue({ code: 'custom', path: ['customTitle'], message: `Keep a title to ${RESOURCE_TITLE_MAX} characters` });
    const link = url ? httpUrlSchema.safeParse(url) : null;
    if (link && !link.success) context.addIssue({ code: 'custom', path: ['customUrl'], message: link.error.issues[0]?.message ?? 'Check the link' });
    resources.push({ title, url: link?.success ? link.data : null });
  }
  return resources;
}

const withResources = <T extends { resourceKeys: string[]; customTitle: string[]; customUrl: string[] }>(value: T, context: z.RefinementCtx) => {
  const { customTitle, customUrl, resourceKeys, ...rest } = value;
  return { ...rest, resourceKeys: [...new Set(resourceKeys)], customResources: customResources({ customTitle, customUrl }, context) };
};

export const createGoalSchema = z
  .object({ itemKey: itemKeySchema, ...goalFields })
  .strict()
  .transform(withResources);
export type CreateGoalInput = z.infer<typeof createGoalSchema>;

export const updateGoalSchema = z
  .object({ goalId: idSchema, ...goalFields })
  .strict()
  .transform(withResources);
export type UpdateGoalInput = z.infer<typeof updateGoalSchema>;

export const goalStatusSchema = z
  .object({ goalId: idSchema, status: z.enum(GoalStatus, { error: 'Choose a status' }) })
  .strict();

export const goalNoteSchema = z
  .object({
    goalId: idSchema,
    text: requiredText('Write what happened', NOTE_MAX, `Keep a note to ${NOTE_MAX} characters`),
  })
  .strict();

export const goalIdSchema = z.object({ goalId: idSchema }).strict();
export const itemGoalsSchema = z.object({ itemKey: itemKeySchema }).strict();
export const reviewDateSchema = z.object({ nextReviewOn: calendarDateSchema }).strict();

/** Query string of the new-goal page: both optional, anything odd is ignored. */
export const newGoalQuerySchema = z.object({
  item: itemKeySchema.optional().catch(undefined),
  from: idSchema.optional().catch(undefined),
  /** A suggested action to start "What will you do?" from, by its place in the list: the no-JavaScript way to pick one. */
  use: z.coerce.number().int().min(0).max(9).optional().catch(undefined),
});

/** Query string of the plan: a filter and an order, each falling back to its default when missing or unknown. */
export const planQuerySchema = z.object({
  show: z.enum(PLAN_FILTERS).catch('all'),
  sort: z.enum(PLAN_ORDERS).catch('item'),
  notice: z.enum(['added', 'updated']).optional().catch(undefined),
});
export type PlanQuery = z.infer<typeof planQuerySchema>;
