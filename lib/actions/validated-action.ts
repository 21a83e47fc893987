import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/session-user';
import { isDatabaseUnavailable } from '@/lib/data/health';
import { UNAVAILABLE_MESSAGE } from '@/lib/http/unavailable-text';
import { echo, invalid, type ActionResult } from '@/lib/validation/action-result';
import { formFields } from '@/lib/validation/form-data';

type Handler<Input, Data, Detail> = (input: Input, viewer: SessionUser) => Promise<ActionResult<Data, Detail>>;

export type ActionOptions = {
  /** Text fields handed back after a refusal, so the form shows what was typed. */
  echo?: readonly string[];
  /** How to read a form that is more than one value per name (repeated fields, say). */
  read?: (form: FormData) => unknown;
  /**
   * The message for input that fails the schema. A form's default is "Check
   * the highlighted fields." (its fields show the rest); a call's is the
   * first problem found, as there are no fields to highlight.
   */
  invalid?: string;
  /**
   * Answer a failure that is not an outage with this message instead of
   * letting it reach Next as an error. For callers that retry on their own
   * (autosave); a form shows a bug as the error page, so it is found.
   */
  failed?: string;
};

/**
 * The one way a server action runs: sign the viewer in (or redirect to
 * sign-in), validate the input with its schema, run the handler, and answer a
 * database outage with the "unavailable" result instead of an error.
 */
async function runAction<Schema extends z.ZodType, Data, Detail>(
  schema: Schema,
  handler: Handler<z.output<Schema>, Data, Detail>,
  raw: () => unknown,
  form: unknown,
  options: ActionOptions,
  describeInvalid: (error: z.ZodError) => string | undefined = () => options.invalid,
): Promise<ActionResult<Data, Detail>> {
  const values = echo(form, options.echo ?? []);
  try {
    // Inside the try: reading the session needs the database too.
    const viewer = await requireUser();
    const parsed = schema.safeParse(raw());
    if (!parsed.success) return invalid(parsed.error, describeInvalid(parsed.error), values);
    return await handler(parsed.data, viewer);
  } catch (error) {
    // Redirects (to sign-in, or onwards after success) are thrown too, and must reach Next.
    unstable_rethrow(error);
    if (await isDatabaseUnavailable()) {
      console.error('server action: database unavailable', error);
      return { ok: false, reason: 'unavailable', message: UNAVAILABLE_MESSAGE, values };
    }
    if (options.failed === undefined) throw error;
    console.error('server action failed', error);
    return { ok: false, reason: 'failed', message: options.failed, values };
  }
}

/** A server action for a form (`useActionState`): its fields are parsed with `schema`. */
export function validatedAction<Schema extends z.ZodType, Data = undefined, Detail = never>(
  schema: Schema,
  handler: Handler<z.output<Schema>, Data, Detail>,
  options: ActionOptions = {},
) {
  return (_previous: ActionResult<Data, Detail>, form: FormData): Promise<ActionResult<Data, Detail>> =>
    runAction(schema, handler, () => (options.read && form instanceof FormData ? options.read(form) : formFields(form)), form, options);
}

/** A server action called from code with one value (autosave), parsed with `schema`. */
export function validatedCall<Schema extends z.ZodType, Data = undefined, Detail = never>(
  schema: Schema,
  handler: Handler<z.output<Schema>, Data, Detail>,
  options: ActionOptions = {},
) {
  return (input: unknown): Promise<ActionResult<Data, Detail>> =>
    runAction(schema, handler, () => input, undefined, options, (error) => options.invalid ?? error.issues[0]?.message);
}
