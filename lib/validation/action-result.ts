import { z } from 'zod';

export type ActionResult =
  | { ok: true; message?: string }
  | {
      ok: false;
      message: string;
      // Set when the database could not be reached: nothing was changed, and trying again later will do.
      reason?: 'unavailable';
      fieldErrors?: Record<string, string[] | undefined>;
      // What the person typed (never passwords), so the form can show it again:
      // React resets a form after its action runs.
      values?: Record<string, string>;
    };

export const idle: ActionResult = { ok: true };

export function invalid(error: z.ZodError, message = 'Check the highlighted fields.', values?: Record<string, string>): ActionResult {
  return { ok: false, message, fieldErrors: z.flattenError(error).fieldErrors, values };
}

/** The named text fields of a submitted form, to hand back after a refusal. */
export function echo(form: unknown, names: string[]): Record<string, string> {
  if (!(form instanceof FormData)) return {};
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = form.get(name);
      return typeof value === 'string' ? [[name, value.slice(0, 500)]] : [];
    }),
  );
}
