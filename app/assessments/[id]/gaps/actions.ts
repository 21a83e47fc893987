'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/actions/validated-action';
import { createShareLink, revokeShareLink } from '@/lib/data/share-links';
import type { ActionResult } from '@/lib/validation/action-result';
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
