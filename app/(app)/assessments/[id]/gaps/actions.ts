'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/actions/validated-action';
import { setLevelsFrom } from '@/lib/data/agreed-levels';
import { setAssessmentMeasure } from '@/lib/data/assessments';
import { setPriorityChoice } from '@/lib/data/priority-choices';
import { createShareLink, revokeShareLink } from '@/lib/data/share-links';
import { MEASURE_NAMES } from '@/lib/domain/targets';
import type { ActionResult } from '@/lib/validation/action-result';
import { levelsFromSchema, measureSchema, priorityChoiceSchema } from '@/lib/validation/readiness-choices';
import { createShareSchema, revokeShareSchema } from '@/lib/validation/share';

export type CreatedLink = { path: string; expiresAt: Date };
export type ShareResult = ActionResult<CreatedLink | undefined>;

export const createShareLinkAction = validatedAction(
  createShareSchema,
  async (input, viewer): Promise<ShareResult> => {
    const created = await createShareLink(viewer, input);
    if (!created) return { ok: false, reason: 'not-found', message: 'Only a submitted assessment of yours can be shared.' };
    revalidatePath(`/assessments/${input.assessmentId}/gaps`);
    return { ok: true, data: { path: `/shared/${created.token}`, expiresAt: created.expiresAt } };
  },
  { echo: ['label'] },
);

const UNKNOWN_LINK = 'This link does not exist, or it is not yours.';

export const revokeShareLinkAction = validatedAction(
  revokeShareSchema,
  async ({ linkId, assessmentId }, viewer) => {
    if (!(await revokeShareLink(viewer, linkId))) return { ok: false, reason: 'not-found', message: UNKNOWN_LINK };
    revalidatePath(`/assessments/${assessmentId}/gaps`);
    return { ok: true, message: 'Link revoked: it no longer opens anything.' };
  },
  { invalid: UNKNOWN_LINK },
);

const NOT_YOURS = 'This assessment does not exist, or it is not yours.';

function revalidateReadiness(assessmentId: string) {
  revalidatePath(`/assessments/${assessmentId}/gaps`);
  revalidatePath(`/assessments/${assessmentId}`);
}

type ChoiceWords<Changed> = {
  unchanged: string;
  changed: (outcome: Changed) => string;
  /** Pages beyond the assessment's own that show what the choice changes. */
  alsoShownOn: readonly string[];
};

/**
 * The answer to a change in how an assessment's readiness is read, once the
 * choice's own refusals are out of the way: one refusal for an assessment
 * that is not the viewer's, and pages refreshed only when something changed.
 */
function answerReadinessChoice<Changed extends { kind: 'changed' }>(
  assessmentId: string,
  outcome: { kind: 'not-found' } | { kind: 'unchanged' } | Changed,
  words: ChoiceWords<Changed>,
): ActionResult {
  if (outcome.kind === 'not-found') return { ok: false, reason: 'not-found', message: NOT_YOURS };
  if (outcome.kind === 'unchanged') return { ok: true, message: words.unchanged };
  revalidateReadiness(assessmentId);
  for (const path of words.alsoShownOn) revalidatePath(path);
  return { ok: true, message: words.changed(outcome) };
}

export const setMeasureAction = validatedAction(
  measureSchema,
  async ({ assessmentId, measure }, viewer) => {
    const outcome = await setAssessmentMeasure(viewer, assessmentId, measure);
    if (outcome.kind === 'single-target') {
      return { ok: false, message: 'This assessment was made on a framework version with a single target per item, so there is no other measure to choose.' };
    }
    if (outcome.kind === 'conflict') {
      return { ok: false, reason: 'conflict', message: 'The measure was changed in another tab or window at the same moment. Reload the page to see which one holds.' };
    }
    const name = `“${MEASURE_NAMES[measure]}”`;
    return answerReadinessChoice(assessmentId, outcome, {
      unchanged: `Readiness is already measured against ${name}.`,
      changed: ({ moved, kept }) => {
        const movedText = `${moved} target${moved === 1 ? '' : 's'} moved to its levels`;
        const keptText = kept > 0 ? `; ${kept} you set yourself stay as you set them` : '';
        return `Readiness is measured against ${name}: ${movedText}${keptText}.`;
      },
      alsoShownOn: ['/assessments', '/progress', '/'],
    });
  },
  { invalid: 'Choose “ready to step up” or “effective in the role”.' },
);

export const setPriorityChoiceAction = validatedAction(
  priorityChoiceSchema,
  async (input, viewer) => {
    const outcome = await setPriorityChoice(viewer, input);
    if (outcome.kind === 'not-found') return { ok: false, reason: 'not-found', message: 'This item is not on this assessment, or the assessment is not yours.' };
    revalidateReadiness(input.assessmentId);
    const done =
      input.choice === 'PINNED'
        ? `Pinned: ${outcome.title} stays at the top of your priorities while it is below target.`
        : input.choice === 'DISMISSED'
          ? `Dismissed: ${outcome.title} is left out of your priorities. Restore it under “Dismissed”.`
          : `Restored: ${outcome.title} takes the place the rule gives it.`;
    return { ok: true, message: done };
  },
  { invalid: 'Choose one item to pin, dismiss or restore.' },
);

/** Gaps and priorities from the EM's own levels, or from the ones they agreed where they recorded one. */
export const setLevelsFromAction = validatedAction(levelsFromSchema, async (input, viewer) => {
  const outcome = await setLevelsFrom(viewer, input);
  if (outcome.kind === 'draft') return { ok: false, message: 'Agreed levels belong to a submitted assessment: submit this one first.' };
  if (outcome.kind === 'none-agreed') return { ok: false, message: 'No level is agreed on this assessment yet: record one on its Others’ view page first.' };
  const agreed = input.levelsFrom === 'AGREED';
  return answerReadinessChoice(input.assessmentId, outcome, {
    unchanged: agreed ? 'Gaps already start from the levels you agreed.' : 'Gaps already start from your own levels.',
    changed: (changed) =>
      agreed
        ? `Gaps and priorities now start from the levels you agreed on ${changed.agreed} item${changed.agreed === 1 ? '' : 's'}, and your own on the rest.`
        : 'Gaps and priorities now start from your own levels.',
    alsoShownOn: ['/plan'],
  });
});
