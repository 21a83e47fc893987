'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { AUTOSAVE_RETRY, ITEM_CONFLICT, refusedSave } from '@/lib/actions/save-outcome';
import { validatedAction, validatedCall } from '@/lib/actions/validated-action';
import { saveOverallComment, saveRating, submitRating } from '@/lib/data/ratings';
import type { AnswerState } from '@/lib/domain/assessment-readiness';
import type { ActionResult } from '@/lib/validation/action-result';
import { postedLevel } from '@/lib/validation/assessment-fields';
import { formItems } from '@/lib/validation/form-data';
import { overallCommentSchema, ratingSchema, ratingsFormSchema, submitRatingSchema, type RatingInput } from '@/lib/validation/invitation';

export type SaveRatingResult = ActionResult<AnswerState, AnswerState>;
export type SaveCommentResult = ActionResult<{ revision: number }, { comment: string; revision: number }>;

const FROZEN = 'You have submitted your ratings, so they can no longer change.';
const NOT_FOUND = 'This invitation or item does not exist.';
const INVALID_LEVEL = 'Choose one of the levels shown for this item.';

/** Autosave of one item of a rater's rating. */
export const saveRatingAction = validatedCall(
  ratingSchema,
  async (input, viewer): Promise<SaveRatingResult> => {
    const outcome = await saveRating(viewer, input);
    if (outcome.kind === 'saved') return { ok: true, data: outcome.answer };
    if (outcome.kind === 'invalid-level') return { ok: false, reason: 'invalid', message: INVALID_LEVEL };
    return refusedSave(outcome, { conflict: ITEM_CONFLICT, frozen: FROZEN, notFound: NOT_FOUND });
  },
  AUTOSAVE_RETRY,
);

export const saveOverallCommentAction = validatedCall(
  overallCommentSchema,
  async (input, viewer): Promise<SaveCommentResult> => {
    const outcome = await saveOverallComment(viewer, input);
    if (outcome.kind === 'saved') return { ok: true, data: { revision: outcome.revision } };
    return refusedSave(outcome, { conflict: 'Your overall comment was changed in another tab or window.', frozen: FROZEN, notFound: NOT_FOUND });
  },
  AUTOSAVE_RETRY,
);

/**
 * The same saves for a browser without JavaScript: every item and the
 * overall comment posted at once, each with the revision it was rendered at.
 */
export const saveAllRatingsAction = validatedAction(
  ratingsFormSchema,
  async ({ invitationId, items, overall }, viewer) => {
    const problems: string[] = [];
    for (const [itemId, fields] of Object.entries(items)) {
      const parsed = ratingSchema.safeParse({
        invitationId,
        itemId,
        baseRevision: fields.baseRevision,
        ...postedLevel(fields.level),
        comment: fields.evidence ?? '',
      });
      if (!parsed.success) {
        problems.push(itemId);
        continue;
      }
      const outcome = await saveRating(viewer, parsed.data satisfies RatingInput);
      if (outcome.kind === 'not-found') return { ok: false, reason: 'not-found', message: NOT_FOUND };
      if (outcome.kind === 'frozen') redirect(`/rate/${invitationId}?notice=frozen`);
      if (outcome.kind !== 'saved') problems.push(itemId);
    }
    if (overall) {
      const parsed = overallCommentSchema.safeParse({ invitationId, ...overall });
      const outcome = parsed.success ? await saveOverallComment(viewer, parsed.data) : null;
      if (outcome?.kind === 'not-found') return { ok: false, reason: 'not-found', message: NOT_FOUND };
      if (outcome?.kind === 'frozen') redirect(`/rate/${invitationId}?notice=frozen`);
      if (outcome?.kind !== 'saved') problems.push('overall');
    }
    revalidatePath(`/rate/${invitationId}`);
    redirect(`/rate/${invitationId}?notice=${problems.length ? 'not-saved' : 'saved'}`);
  },
  { read: readRatingsForm, invalid: NOT_FOUND },
);

/** The no-JavaScript form's fields: `level:<itemId>`, `evidence:<itemId>`, `baseRevision:<itemId>`, and the overall comment's own. */
function readRatingsForm(form: FormData) {
  const comment = form.get('overallComment');
  const revision = form.get('overallRevision');
  return {
    invitationId: form.get('invitationId'),
    items: formItems(form),
    overall: typeof comment === 'string' && typeof revision === 'string' ? { comment, baseRevision: revision } : undefined,
  };
}

export type SubmitRatingResult = ActionResult<undefined, { unrated: string[] }>;

export const submitRatingAction = validatedAction(
  submitRatingSchema,
  async ({ invitationId }, viewer): Promise<SubmitRatingResult> => {
    const outcome = await submitRating(viewer, invitationId);
    switch (outcome.kind) {
      case 'incomplete': {
        const count = outcome.unrated.length;
        return {
          ok: false,
          message: `${count} item${count === 1 ? ' has' : 's have'} no rating yet: ${outcome.unrated.join(', ')}. Choose a level or "no opportunity to see this" for each.`,
          detail: { unrated: outcome.unrated },
        };
      }
      case 'frozen':
        return { ok: false, reason: 'frozen', message: 'You have already submitted your ratings.' };
      case 'not-found':
        return { ok: false, reason: 'not-found', message: NOT_FOUND };
      case 'submitted':
        revalidatePath('/invitations');
        redirect(`/rate/${invitationId}?notice=submitted`);
    }
  },
  { invalid: NOT_FOUND },
);
