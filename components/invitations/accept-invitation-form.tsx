'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/validation/action-result';

type Props = { action: (previous: ActionResult, form: FormData) => Promise<ActionResult>; token: string; subjectName: string };

export function AcceptInvitationForm({ action, token, subjectName }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <form action={formAction} className="space-y-3">
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Accepting…' : `Accept and rate ${subjectName}`}
      </Button>
    </form>
  );
}
