'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { AUTOSAVE_RETRY, ITEM_CONFLICT, refusedSave } from '@/lib/actions/save-outcome';
import { validatedAction, validatedCall } from '@/lib/actions/validated-action';
import { deleteAssessment, getRatingScale, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import type { AnswerState } from '@/lib/domain/assessment-readiness';
import type { ActionResult } from '@/lib/validation/action-result';
import { answersFromForm, answersFormSchema } from '@/lib/validation/assessment-form';
import { answerSchema, answerSchemaFor, deleteAssessmentSchema, FROZEN_MESSAGE, startSchema, submitSchema } from '@/lib/validation/assessment';
import { invalid } from '@/lib/validation/action-result';
import { formAll, formFields, formItems } from '@/lib/validation/form-data';

/** A refusal of an autosave may carry the item as it now stands (after a conflict). */
export type SaveAnswerResult = ActionResult<AnswerState, AnswerState>;

const NOT_FOUND = 'This assessment or item does not exist.';

/** Autosave of one item: called by the form with the item's fields and the revision they were based on. */
export const saveAnswerAction = validatedCall(
  answerSchema,
  async (sent, viewer): Promise<SaveAnswerResult> => {
    // The levels are checked against the scale of the version this assessment is pinned to.
    const scale = await getRatingScale(viewer, sent.assessmentId);
    if (!scale) return { ok: false, reason: 'not-found', message: NOT_FOUND };
    const checked = answerSchemaFor(scale).safeParse(sent);
    if (!checked.success) {
      const refusal = invalid(checked.error);
      return { ...refusal, message: checked.error.issues[0]?.message ?? refusal.message };
    }
    const outcome = await saveAnswer(viewer, checked.data);
    if (outcome.kind === 'saved') return { ok: true, data: outcome.answer };
    return refusedSave(outcome, { conflict: ITEM_CONFLICT, frozen: FROZEN_MESSAGE, notFound: NOT_FOUND });
  },
  AUTOSAVE_RETRY,
);

/**
 * The same save for a browser without JavaScript: the whole form is posted at
 * once, each item with the revision it was rendered at.
 */
export const saveAllAnswersAction = validatedAction(
  answersFormSchema,
  async ({ assessmentId, items }, viewer) => {
    const scale = await getRatingScale(viewer, assessmentId);
    if (!scale) return { ok: false, reason: 'not-found', message: NOT_FOUND };
    const parsed = answersFromForm(assessmentId, items, scale);
    const problems: string[] = [...parsed.invalid];
    for (const answer of parsed.answers) {
      const outcome = await saveAnswer(viewer, answer);
      if (outcome.kind === 'not-found') return { ok: false, reason: 'not-found', message: NOT_FOUND };
      if (outcome.kind === 'frozen') redirect(`/assessments/${assessmentId}?notice=frozen`);
      if (outcome.kind === 'conflict') problems.push(answer.itemId);
    }
    revalidatePath(`/assessments/${assessmentId}`);
    redirect(`/assessments/${assessmentId}?${problems.length ? `notice=not-saved&items=${encodeURIComponent(problems.join(','))}` : 'notice=saved'}`);
  },
  { read: (form) => ({ assessmentId: form.get('assessmentId'), items: formItems(form) }), invalid: NOT_FOUND },
);

export type SubmitResult = ActionResult<undefined, { unrated: { key: string; title: string }[] }>;

export const submitAssessmentAction = validatedAction(
  submitSchema,
  async ({ assessmentId, confirmUnrated }, viewer): Promise<SubmitResult> => {
    const outcome = await submitAssessment(viewer, assessmentId, confirmUnrated);
    switch (outcome.kind) {
      case 'needs-confirmation': {
        const count = outcome.unrated.length;
        const them = count === 1 ? 'it' : 'them';
        return {
          ok: false,
          message: `${count} item${count === 1 ? ' is' : 's are'} not rated yet. Rate ${them}, or confirm below that you are submitting without ${them}.`,
          detail: { unrated: outcome.unrated },
        };
      }
      case 'frozen':
        return { ok: false, reason: 'frozen', message: 'This assessment was already submitted.' };
      case 'not-found':
        return { ok: false, reason: 'not-found', message: NOT_FOUND };
      case 'submitted':
        revalidatePath('/assessments');
        redirect(`/assessments/${assessmentId}/gaps?notice=submitted`);
    }
  },
  { read: (form) => ({ ...formFields(form), confirmUnrated: formAll(form, 'confirmUnrated') }), invalid: 'Could not submit: the form was not valid.' },
);

export const startAssessmentAction = validatedAction(
  startSchema,
  async ({ from }, viewer) => {
    const started = await startAssessment(viewer, from);
    if (!started) return { ok: false, reason: 'not-found', message: 'Headway has no framework loaded yet, so there is nothing to rate. Try again in a moment.' };
    redirect(`/assessments/${started.assessmentId}`);
  },
  { invalid: 'Choose a blank assessment or one started from your last.' },
);

export const deleteAssessmentAction = validatedAction(
  deleteAssessmentSchema,
  async ({ assessmentId, confirmed }, viewer) => {
    const outcome = await deleteAssessment(viewer, assessmentId, confirmed === 'yes');
    if (outcome.kind === 'needs-confirmation') return { ok: false, message: 'Tick the box to confirm the deletion.' };
    if (outcome.kind === 'not-found') return { ok: false, reason: 'not-found', message: NOT_FOUND };
    revalidatePath('/assessments');
    redirect('/assessments?notice=deleted');
  },
  { invalid: 'Tick the box to confirm the deletion.' },
);
