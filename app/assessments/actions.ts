'use server';

import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import {
  deleteAssessment,
  saveAnswer,
  startAssessment,
  submitAssessment,
  type AnswerState,
} from '@/lib/data/assessments';
import { isDatabaseUnavailable } from '@/lib/data/health';
import { answersFromForm } from '@/lib/validation/assessment-form';
import { answerSchema, deleteAssessmentSchema, idSchema, startSchema, submitSchema } from '@/lib/validation/assessment';
import { formAll, formFields } from '@/lib/validation/form-data';
import { unlessUnavailable } from '@/lib/http/unavailable';

export type SaveAnswerResult =
  | { ok: true; answer: AnswerState }
  | { ok: false; reason: 'conflict'; current: AnswerState; message: string }
  // 'unavailable': the database cannot be reached; 'failed': anything else went wrong. The form retries both.
  | { ok: false; reason: 'frozen' | 'not-found' | 'invalid' | 'unavailable' | 'failed'; message: string };

const FROZEN = 'This assessment has been submitted, so its ratings can no longer change.';
const NOT_FOUND = 'This assessment or item does not exist.';
const UNAVAILABLE = 'Not saved: Headway cannot reach its database just now. Retrying.';

/** Autosave of one item: called by the form with the item's fields and the revision they were based on. */
export async function saveAnswerAction(input: unknown): Promise<SaveAnswerResult> {
  try {
    // Inside the try: reading the session needs the database too.
    const user = await requireUser();
    const parsed = answerSchema.safeParse(input);
    if (!parsed.success) return { ok: false, reason: 'invalid', message: parsed.error.issues[0]?.message ?? 'Check this item.' };
    const outcome = await saveAnswer(user, parsed.data);
    switch (outcome.kind) {
      case 'saved':
        return { ok: true, answer: outcome.answer };
      case 'conflict':
        return { ok: false, reason: 'conflict', current: outcome.current, message: 'This item was changed in another tab or window.' };
      case 'frozen':
        return { ok: false, reason: 'frozen', message: FROZEN };
      case 'not-found':
        return { ok: false, reason: 'not-found', message: NOT_FOUND };
    }
  } catch (error) {
    // The redirect to sign-in is thrown too, and must reach Next.
    unstable_rethrow(error);
    console.error('saveAnswerAction', error);
    if (await isDatabaseUnavailable()) return { ok: false, reason: 'unavailable', message: UNAVAILABLE };
    return { ok: false, reason: 'failed', message: 'Not saved: something went wrong. Retrying.' };
  }
}

/**
 * The same save for a browser without JavaScript: the whole form is posted at
 * once, each item with the revision it was rendered at.
 */
export async function saveAllAnswersAction(assessmentId: string, form: FormData): Promise<void> {
  const user = await requireUser();
  // Bound by the page, but posted by the client like any other argument.
  const checked = idSchema.safeParse(assessmentId);
  if (!checked.success || !(form instanceof FormData)) redirect('/assessments');
  const id = checked.data;
  const parsed = answersFromForm(id, form);
  const problems: string[] = [...parsed.invalid];
  for (const answer of parsed.answers) {
    const outcome = await saveAnswer(user, answer);
    if (outcome.kind === 'not-found') redirect('/assessments');
    if (outcome.kind === 'frozen') redirect(`/assessments/${id}?notice=frozen`);
    if (outcome.kind === 'conflict') problems.push(answer.itemId);
  }
  revalidatePath(`/assessments/${id}`);
  redirect(`/assessments/${id}?${problems.length ? `notice=not-saved&items=${encodeURIComponent(problems.join(','))}` : 'notice=saved'}`);
}

export type SubmitResult = { ok: true } | { ok: false; message: string; unrated?: { key: string; title: string }[] };

export async function submitAssessmentAction(_previous: SubmitResult, form: FormData): Promise<SubmitResult> {
  return unlessUnavailable('submitAssessmentAction', async () => {
    const user = await requireUser();
    const parsed = submitSchema.safeParse({ ...formFields(form), confirmUnrated: formAll(form, 'confirmUnrated') });
    if (!parsed.success) return { ok: false, message: 'Could not submit: the form was not valid.' };
    const outcome = await submitAssessment(user, parsed.data.assessmentId, parsed.data.confirmUnrated);
    switch (outcome.kind) {
      case 'needs-confirmation':
        return {
          ok: false,
          message: `${outcome.unrated.length} item${outcome.unrated.length === 1 ? ' is' : 's are'} not rated yet. Rate ${outcome.unrated.length === 1 ? 'it' : 'them'}, or confirm below that you are submitting without ${outcome.unrated.length === 1 ? 'it' : 'them'}.`,
          unrated: outcome.unrated,
        };
      case 'frozen':
        return { ok: false, message: 'This assessment was already submitted.' };
      case 'not-found':
        return { ok: false, message: NOT_FOUND };
      case 'submitted':
        revalidatePath('/assessments');
        redirect(`/assessments/${parsed.data.assessmentId}?notice=submitted`);
    }
  });
}

export async function startAssessmentAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = startSchema.safeParse(formFields(form));
  const started = await startAssessment(user, parsed.success ? parsed.data.from : 'blank');
  if (!started) redirect('/framework');
  redirect(`/assessments/${started.assessmentId}`);
}

export type DeleteResult = { ok: true } | { ok: false; message: string };

export async function deleteAssessmentAction(_previous: DeleteResult, form: FormData): Promise<DeleteResult> {
  return unlessUnavailable('deleteAssessmentAction', async () => {
    const user = await requireUser();
    const parsed = deleteAssessmentSchema.safeParse(formFields(form));
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Could not delete.' };
    const outcome = await deleteAssessment(user, parsed.data.assessmentId, parsed.data.confirmed === 'yes');
    if (outcome.kind === 'needs-confirmation') return { ok: false, message: 'Tick the box to confirm the deletion.' };
    if (outcome.kind === 'not-found') return { ok: false, message: NOT_FOUND };
    revalidatePath('/assessments');
    redirect('/assessments?notice=deleted');
  });
}
