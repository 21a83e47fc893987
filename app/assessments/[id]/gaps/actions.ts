'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/session';
import { createShareLink, revokeShareLink } from '@/lib/data/share-links';
import { invalid, type ActionResult } from '@/lib/validation/action-result';
import { formFields } from '@/lib/validation/form-data';
import { createShareSchema, revokeShareSchema } from '@/lib/validation/share';
import { unlessUnavailable } from '@/lib/http/unavailable';

export type ShareResult = ActionResult | { ok: true; path: string; expiresAt: Date };

export async function createShareLinkAction(_previous: ShareResult, form: FormData): Promise<ShareResult> {
  return unlessUnavailable('createShareLinkAction', async () => {
    const user = await requireUser();
    const parsed = createShareSchema.safeParse(formFields(form));
    if (!parsed.success) return invalid(parsed.error);
    const created = await createShareLink(user, parsed.data);
    if (!created) return { ok: false, message: 'Only a submitted assessment of yours can be shared.' };
    revalidatePath(`/assessments/${parsed.data.assessmentId}/gaps`);
    return { ok: true, path: `/shared/${created.token}`, expiresAt: created.expiresAt };
  });
}

export async function revokeShareLinkAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = revokeShareSchema.safeParse(formFields(form));
  if (!parsed.success) return;
  await revokeShareLink(user, parsed.data.linkId);
  revalidatePath(`/assessments/${parsed.data.assessmentId}/gaps`);
}
