'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/validation/action-result';

type Props = {
  action: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
  sessionId: string;
  device: string;
};

export function EndSessionForm({ action, sessionId, device }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <Button type="submit" variant="secondary" className="text-sm" disabled={pending} aria-label={`End the session on ${device}`}>
        {pending ? 'Ending…' : 'End session'}
      </Button>
    </form>
  );
}
