import { z } from 'zod';
import { hasNoNul, NUL_MESSAGE } from '@/lib/validation/text';

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
