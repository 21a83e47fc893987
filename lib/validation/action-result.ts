import { z } from 'zod';
import { BRIEF_ASK_MAX, EVIDENCE_ENTRY_MAX, EVIDENCE_MAX, NOTE_MAX, OVERALL_COMMENT_MAX } from '@/lib/validation/limits';

/** Why an action changed nothing, for forms that act on more than the message. */
export type RefusalReason = 'invalid' | 'not-found' | 'conflict' | 'frozen' | 'unavailable' | 'failed';

export type ActionFailure<Detail = never> = {
  ok: false;
  message: string;
  // 'unavailable': the database could not be reached; nothing was changed, and trying again later will do.
  reason?: RefusalReason;
  fieldErrors?: Record<string, string[] | undefined>;
  // What the person typed (never passwords), so the form can show it again:
  // React resets a form after its action runs.
  values?: Record<string, string>;
} & ([Detail] extends [never] ? { detail?: never } : { detail?: Detail });

export type ActionSuccess<Data = undefined> = { ok: true; message?: string } & (undefined extends Data
  ? { data?: Data }
  : { data: Data });

/**
 * What every server action answers: success, with an optional message and
 * data, or a refusal the form shows. `Detail` is what a refusal may carry
 * for the form to act on (the current value after a conflict, say).
 */
export type ActionResult<Data = undefined, Detail = never> = ActionSuccess<Data> | ActionFailure<Detail>;

/** What a form says when its fields show what is wrong. */
export const CHECK_FIELDS_MESSAGE = 'Check the highlighted fields.';

export function invalid(error: z.ZodError, message = CHECK_FIELDS_MESSAGE, values?: Record<string, string>): ActionFailure {
  return { ok: false, reason: 'invalid', message, fieldErrors: z.flattenError(error).fieldErrors, values };
}

// Long enough for the longest text any form takes, so a refusal never cuts
// what someone wrote; anything longer was refused for its length and is not
// worth reflecting back whole.
const ECHO_MAX = Math.max(EVIDENCE_MAX, OVERALL_COMMENT_MAX, EVIDENCE_ENTRY_MAX, NOTE_MAX, BRIEF_ASK_MAX);

/** The named text fields of a submitted form, to hand back after a refusal. */
export function echo(form: unknown, names: readonly string[]): Record<string, string> {
  if (!(form instanceof FormData)) return {};
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = form.get(name);
      return typeof value === 'string' ? [[name, value.slice(0, ECHO_MAX)]] : [];
    }),
  );
}
