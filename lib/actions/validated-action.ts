import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { requireSession } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/session-user';
import { isDatabaseUnavailable } from '@/lib/db/health';
import { UNAVAILABLE_MESSAGE } from '@/lib/http/unavailable-text';
import { echo, invalid, type ActionResult } from '@/lib/validation/action-result';
import { formFields } from '@/lib/validation/form-data';

/** The session the action runs in: the account page ends sessions by it. */
export type ActionSession = { id: string };

type Handler<Input, Data, Detail> = (input: Input, viewer: SessionUser, session: ActionSession) => Promise<ActionResult<Data, Detail>>;
type PublicHandler<Input, Data, Detail> = (input: Input) => Promise<ActionResult<Data, Detail>>;

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
  /** What to say when the database is out of reach, when the form says it in its own words (autosave retries). */
  unavailable?: string;
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
  handler: Handler<z.output<Schema>, Data, Detail> | { public: PublicHandler<z.output<Schema>, Data, Detail> },
  raw: () => unknown,
  form: unknown,
  options: ActionOptions,
  describeInvalid: (error: z.ZodError) => string | undefined = () => options.invalid,
): Promise<ActionResult<Data, Detail>> {
  const values = echo(form, options.echo ?? []);
  try {
    // Inside the try: reading the session needs the database too.
    const session = typeof handler === 'function' ? await requireSession() : null;
    const parsed = schema.safeParse(raw());
    if (!parsed.success) return invalid(parsed.error, describeInvalid(parsed.error), values);
    if (typeof handler !== 'function') return await handler.public(parsed.data);
    if (!session) throw new Error('A signed-in action ran without a session.');
    return await handler(parsed.data, session.user, { id: session.sessionId });
  } catch (error) {
    // Redirects (to sign-in, or onwards after success) are thrown too, and must reach Next.
    unstable_rethrow(error);
    if (await isDatabaseUnavailable()) {
      console.error('server action: database unavailable', error);
      return { ok: false, reason: 'unavailable', message: options.unavailable ?? UNAVAILABLE_MESSAGE, values };
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

/** A form's server action that anyone may call, signed in or not (signing up). */
export function validatedPublicAction<Schema extends z.ZodType, Data = undefined, Detail = never>(
  schema: Schema,
  handler: PublicHandler<z.output<Schema>, Data, Detail>,
  options: ActionOptions = {},
) {
  return (_previous: ActionResult<Data, Detail>, form: FormData): Promise<ActionResult<Data, Detail>> =>
    runAction(schema, { public: handler }, () => formFields(form), form, options);
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
