'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/actions/validated-action';
import { saveBriefChoices } from '@/lib/data/briefs';
import { briefSchema } from '@/lib/validation/brief';

export const saveBriefAction = validatedAction(
  briefSchema,
  async (input, viewer) => {
    if (!(await saveBriefChoices(viewer, input))) {
      return { ok: false, reason: 'not-found', message: 'This assessment does not exist, or it is not yours.' };
    }
    revalidatePath(`/assessments/${input.assessmentId}/brief`);
    return { ok: true, message: 'Saved. The brief below is what your reader gets, in the PDF, the Markdown export and at the top of your share links.' };
  },
  { echo: ['ask'] },
);
