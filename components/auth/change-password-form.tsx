'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import type { ActionResult } from '@/lib/validation/action-result';
import { PASSWORD_MIN } from '@/lib/validation/limits';

type Props = { action: (previous: ActionResult, form: FormData) => Promise<ActionResult>; hasPassword: boolean };

export function ChangePasswordForm({ action, hasPassword }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.ok && state.message ? <FormMessage tone="success">{state.message}</FormMessage> : null}
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {hasPassword ? (
        <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" errors={errors?.currentPassword} />
      ) : null}
      <TextField
        label={hasPassword ? 'New password' : 'Password'}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        errors={errors?.newPassword}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : hasPassword ? 'Change password' : 'Set password'}
      </Button>
    </form>
  );
}
