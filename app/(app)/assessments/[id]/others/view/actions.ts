'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/actions/validated-action';
import { saveAgreedLevel } from '@/lib/data/agreed-levels';
import { agreedLevelSchema } from '@/lib/validation/agreed-level';

export const agreedLevelAction = validatedAction(
  agreedLevelSchema,
  async (input, viewer) => {
    const outcome = await saveAgreedLevel(viewer, input);
    switch (outcome.kind) {
      case 'not-found':
        return { ok: false, reason: 'not-found', message: 'This assessment or item does not exist.' };
      case 'draft':
        return { ok: false, reason: 'frozen', message: 'Record an agreed level once you have submitted this assessment and seen others’ view.' };
      case 'invalid-level':
        return { ok: false, reason: 'invalid', message: 'Choose one of the levels shown for this item.', fieldErrors: { level: ['Choose one of the levels shown for this item.'] }, values: { agreedWith: input.agreedWith, note: input.note } };
      case 'cleared':
        revalidatePath(`/assessments/${input.assessmentId}/others/view`, 'layout');
        return { ok: true, message: 'Agreed level cleared. Your self-rating and others’ ratings are unchanged.' };
      case 'saved':
        revalidatePath(`/assessments/${input.assessmentId}/others/view`, 'layout');
        return { ok: true, message: `Agreed level ${input.level} saved, beside your self-rating and others’ ratings.` };
    }
  },
  { echo: ['agreedWith', 'note'] },
);
