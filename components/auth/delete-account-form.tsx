'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import type { ActionResult } from '@/lib/validation/action-result';
import { DELETE_CONFIRMATION } from '@/lib/validation/limits';

type Props = { action: (previous: ActionResult, form: FormData) => Promise<ActionResult> };

export function DeleteAccountForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <TextField
        label="Confirm deletion"
        name="confirmation"
        autoComplete="off"
        hint={`Type "${DELETE_CONFIRMATION}". This deletes your account, your assessments and everything else Headway holds about you. It cannot be undone.`}
        errors={errors?.confirmation}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? 'Deleting…' : 'Delete my account'}
      </Button>
    </form>
  );
}
