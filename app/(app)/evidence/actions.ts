'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/actions/validated-action';
import { createEvidence, deleteEvidence, updateEvidence, type EvidenceWriteOutcome } from '@/lib/data/evidence';
import type { ActionFailure } from '@/lib/validation/action-result';
import { createEvidenceSchema, deleteEvidenceSchema, updateEvidenceSchema } from '@/lib/validation/evidence';

const TEXT_FIELDS = ['occurredOn', 'text', 'url'];
const ENTRY_GONE = 'This entry no longer exists: it may have been deleted in another tab.';
const UNKNOWN_ITEM = 'Choose items from the current framework.';
const UNKNOWN_GOAL = 'Choose one of your own goals, or none.';

/** Where the form goes once the entry is written: to the log, or back with why not. */
function afterWrite(outcome: EvidenceWriteOutcome, notice: 'added' | 'updated'): ActionFailure {
  if (outcome.kind === 'not-found') return { ok: false, reason: 'not-found', message: ENTRY_GONE };
  if (outcome.kind === 'unknown-item') return { ok: false, reason: 'invalid', message: UNKNOWN_ITEM, fieldErrors: { itemKeys: [UNKNOWN_ITEM] } };
  if (outcome.kind === 'unknown-goal') return { ok: false, reason: 'invalid', message: UNKNOWN_GOAL, fieldErrors: { goalId: [UNKNOWN_GOAL] } };
  revalidatePath('/evidence');
  redirect(`/evidence?notice=${notice}#entry-${outcome.entryId}`);
}

export const createEvidenceAction = validatedAction(createEvidenceSchema, async (input, viewer) => afterWrite(await createEvidence(viewer, input), 'added'), {
  echo: TEXT_FIELDS,
});

export const updateEvidenceAction = validatedAction(updateEvidenceSchema, async (input, viewer) => afterWrite(await updateEvidence(viewer, input), 'updated'), {
  echo: TEXT_FIELDS,
});

export const deleteEvidenceAction = validatedAction(
  deleteEvidenceSchema,
  async ({ entryId, by }, viewer) => {
    if (!(await deleteEvidence(viewer, entryId))) return { ok: false, reason: 'not-found', message: ENTRY_GONE };
    revalidatePath('/evidence');
    // The entry's form goes with the entry: the log says it is done.
    redirect(`/evidence?by=${by ?? 'item'}&notice=deleted`);
  },
  { invalid: ENTRY_GONE },
);
