'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextAreaField } from '@/components/ui/field';
import type { ActionResult } from '@/lib/validation/action-result';
import { NOTE_MAX } from '@/lib/validation/limits';

type Props = { action: (previous: ActionResult, form: FormData) => Promise<ActionResult>; goalId: string; goalAction: string };

export function GoalNoteForm({ action, goalId, goalAction }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="goalId" value={goalId} />
      <TextAreaField
        label="Add a progress note"
        name="text"
        rows={2}
        maxLength={NOTE_MAX}
        required
        hint={`What happened on “${goalAction}”? Notes are dated.`}
        defaultValue={state.ok ? undefined : state.values?.text}
        errors={state.ok ? undefined : state.fieldErrors?.text}
      />
      {!state.ok && !state.fieldErrors ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {state.ok && state.message ? <FormMessage tone="success">{state.message}</FormMessage> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Adding…' : 'Add note'}
      </Button>
    </form>
  );
}
