'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import type { ActionResult } from '@/lib/validation/action-result';

type Props = { action: (previous: ActionResult, form: FormData) => Promise<ActionResult>; name: string | null };

export function NameForm({ action, name }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.ok && state.message ? <FormMessage tone="success">{state.message}</FormMessage> : null}
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        maxLength={100}
        hint="How Headway greets you, and the name on what you share. Leave it empty to use none."
        defaultValue={state.ok ? (name ?? '') : (state.values?.name ?? name ?? '')}
        errors={state.ok ? undefined : state.fieldErrors?.name}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save name'}
      </Button>
    </form>
  );
}
