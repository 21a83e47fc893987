import { z } from 'zod';
import { idSchema } from '@/lib/validation/assessment';
import { limitedText } from '@/lib/validation/invitation';
import { AGREED_NOTE_MAX, AGREED_WITH_MAX } from '@/lib/validation/limits';

const CHOOSE_LEVEL = 'Choose the level you agreed';

// The shape of a level only: its bounds are the pinned framework version's,
// which the save checks against that version's levels. An empty choice is
// no level, which only clearing takes.
const level = z.preprocess(
  (value) => (value === '' || value === undefined ? null : value),
  z.coerce.number({ error: CHOOSE_LEVEL }).int(CHOOSE_LEVEL).nullable(),
);

/** Records or clears the level the EM agreed with someone for one item; `intent` is the button pressed. */
export const agreedLevelSchema = z
  .object({
    assessmentId: idSchema,
    itemId: idSchema,
    intent: z.enum(['save', 'clear'], { error: 'Choose to save or to clear the agreed level' }).default('save'),
    level,
    agreedWith: limitedText(AGREED_WITH_MAX, 'Who agreed').pipe(z.string().trim()).default(''),
    note: limitedText(AGREED_NOTE_MAX, 'The note').pipe(z.string().trim()).default(''),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.intent === 'clear') return;
    if (input.level === null) context.addIssue({ code: 'custom', path: ['level'], message: CHOOSE_LEVEL });
    if (input.agreedWith === '') context.addIssue({ code: 'custom', path: ['agreedWith'], message: 'Say who you agreed it with, e.g. “Sam (my manager)”' });
  });
export type AgreedLevelInput = z.infer<typeof agreedLevelSchema>;
