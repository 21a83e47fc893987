'use client';

import { useActionState } from 'react';
import type { InvitationLinkResult } from '@/app/(app)/assessments/[id]/others/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { OneTimeLink } from '@/components/ui/one-time-link';
import type { FormAction } from '@/components/ui/action-form';

type Props = {
  action: FormAction<InvitationLinkResult>;
  assessmentId: string;
  invitationId: string;
  who: string;
};

/** "Copy again": the link is not kept, so a new one replaces it. */
export function RenewLinkForm({ action, assessmentId, invitationId, who }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const renewed = state.ok ? (state.data ?? null) : null;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <Button type="submit" variant="quiet" disabled={pending}>
        New link<span className="sr-only"> for {who}</span>
      </Button>
      {renewed ? <OneTimeLink path={renewed.path} label={`New link for ${who}`} /> : null}
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
    </form>
  );
}
