'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/validation/action-result';

type Props = { action: (previous: ActionResult, form: FormData) => Promise<ActionResult>; current: string | null };

export function ReviewDateForm({ action, current }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <form action={formAction} className="space-y-3">
      <TextField
        label="Choose your review date"
        name="nextReviewOn"
        type="date"
        required
        className="max-w-xs"
        defaultValue={state.ok ? (current ?? undefined) : state.values?.nextReviewOn}
        errors={state.ok ? undefined : state.fieldErrors?.nextReviewOn}
      />
      {state.ok && state.message ? <FormMessage tone="success">{state.message}</FormMessage> : null}
      {!state.ok && !state.fieldErrors ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save review date'}
      </Button>
    </form>
  );
}
