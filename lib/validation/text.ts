import { z } from 'zod';

// Postgres cannot store U+0000 in text and nobody types it on purpose; a
// pasted one must be refused with a message here, not fail at the database
// (where it would look like an outage and be retried forever).
export const NUL_MESSAGE = 'Remove the invisible control character (U+0000) from this text';

export const hasNoNul = (value: string) => !value.includes('\u0000');

/** Text a person must write: trimmed, at most `max` characters, its line endings made one kind; `missing` says what to write when it is left empty. */
export function requiredText(missing: string, max: number, tooLong: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, tooLong)
    .refine(hasNoNul, NUL_MESSAGE)
    .transform((value) => value.replace(/\r\n?/g, '\n'));
}
