'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import { DELETE_CONFIRMATION } from '@/lib/validation/limits';
import type { FormAction } from '@/components/ui/action-form';

type Props = { action: FormAction };

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
