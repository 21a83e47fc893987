'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import { NAME_MAX, PASSWORD_MIN } from '@/lib/validation/limits';
import type { FormAction } from '@/components/ui/action-form';

type Props = { action: FormAction; callbackUrl?: string };

export function SignUpForm({ action, callbackUrl }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  const values = state.ok ? undefined : state.values;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField label="Name (optional)" name="name" autoComplete="name" maxLength={NAME_MAX} defaultValue={values?.name} errors={errors?.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={values?.email} errors={errors?.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong, memorable password.`}
        errors={errors?.password}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Creating your account…' : 'Create account'}
      </Button>
      <p className="text-sm text-text-muted">
        Already have an account?{' '}
        <Link href={callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/signin'} className="link">
          Sign in
        </Link>
      </p>
    </form>
  );
}
