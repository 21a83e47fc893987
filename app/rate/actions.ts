'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { validatedAction, validatedCall } from '@/lib/actions/validated-action';
import { saveOverallComment, saveRating, submitRating } from '@/lib/data/ratings';
import type { AnswerState } from '@/lib/domain/assessment-readiness';
import type { ActionResult } from '@/lib/validation/action-result';
import { NO_OPPORTUNITY } from '@/lib/validation/assessment-fields';
import { overallCommentSchema, ratingSchema, ratingsFormSchema, submitRatingSchema, type RatingInput } from '@/lib/validation/invitation';

export type SaveRatingResult = ActionResult<AnswerState, AnswerState>;
export type SaveCommentResult = ActionResult<{ revision: number }, { comment: string; revision: number }>;

const FROZEN = 'You have submitted your ratings, so they can no longer change.';
const NOT_FOUND = 'This invitation or item does not exist.';
const INVALID_LEVEL = 'Choose one of the levels shown for this item.';
const RETRY = { failed: 'Not saved: something went wrong. Retrying.', unavailable: 'Not saved: Headway cannot reach its database just now. Retrying.' };

/** Autosave of one item of a rater's rating. */
export const saveRatingAction = validatedCall(
  ratingSchema,
  async (input, viewer): Promise<SaveRatingResult> => {
    const outcome = await saveRating(viewer, input);
    switch (outcome.kind) {
      case 'saved':
        return { ok: true, data: outcome.answer };
      case 'conflict':
        return { ok: false, reason: 'conflict', detail: outcome.current, message: 'This item was changed in another tab or window.' };
      case 'invalid-level':
        return { ok: false, reason: 'invalid', message: INVALID_LEVEL };
      case 'frozen':
        return { ok: false, reason: 'frozen', message: FROZEN };
      case 'not-found':
        return { ok: false, reason: 'not-found', message: NOT_FOUND };
    }
  },
  RETRY,
);

export const saveOverallCommentAction = validatedCall(
  overallCommentSchema,
  async (input, viewer): Promise<SaveCommentResult> => {
    const outcome = await saveOverallComment(viewer, input);
    switch (outcome.kind) {
      case 'saved':
        return { ok: true, data: { revision: outcome.revision } };
      case 'conflict':
        return { ok: false, reason: 'conflict', detail: outcome.current, message: 'Your overall comment was changed in another tab or window.' };
      case 'frozen':
        return { ok: false, reason: 'frozen', message: FROZEN };
      case 'not-found':
        return { ok: false, reason: 'not-found', message: NOT_FOUND };
    }
  },
  RETRY,
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
      const level = fields.level ?? '';
      const parsed = ratingSchema.safeParse({
        invitationId,
        itemId,
        baseRevision: fields.baseRevision,
        level: level === '' || level === NO_OPPORTUNITY ? null : level,
        noOpportunity: level === NO_OPPORTUNITY,
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
  const items: Record<string, Record<string, string>> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION_')) continue;
    const [field, itemId] = key.split(':');
    if (!field || !itemId || typeof value !== 'string') continue;
    (items[itemId] ??= {})[field] = value;
  }
  const comment = form.get('overallComment');
  const revision = form.get('overallRevision');
  return {
    invitationId: form.get('invitationId'),
    items,
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
