'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import type { ActionResult } from '@/lib/validation/action-result';

type Props = { action: (previous: ActionResult, form: FormData) => Promise<ActionResult>; email: string };

/** A new sign-in address, confirmed with the current password; the password is never handed back. */
export function EmailForm({ action, email }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.ok && state.message ? <FormMessage tone="success">{state.message}</FormMessage> : null}
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <TextField
        label="New email address"
        name="email"
        type="email"
        autoComplete="email"
        maxLength={254}
        hint={`Now ${email}. You will sign in with the new address.`}
        defaultValue={state.ok ? '' : (state.values?.email ?? '')}
        errors={errors?.email}
      />
      <TextField
        label="Password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        hint="Your current password, to confirm the change is yours."
        errors={errors?.currentPassword}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Change email address'}
      </Button>
    </form>
  );
}
