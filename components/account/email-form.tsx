'use client';

import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { TextField } from '@/components/ui/field';
import { EMAIL_MAX } from '@/lib/validation/limits';

type Props = { action: FormAction; email: string };

/** A new sign-in address, confirmed with the current password; the password is never handed back. */
export function EmailForm({ action, email }: Props) {
  return (
    <ActionForm action={action} className="space-y-4" noValidate messageFirst submit={{ label: 'Change email address', variant: 'secondary' }}>
      {(_, state) => (
        <>
          <TextField
            label="New email address"
            name="email"
            type="email"
            autoComplete="email"
            maxLength={EMAIL_MAX}
            hint={`Now ${email}. You will sign in with the new address.`}
            defaultValue={state.ok ? '' : (state.values?.email ?? '')}
            errors={state.ok ? undefined : state.fieldErrors?.email}
          />
          <TextField
            label="Password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            hint="Your current password, to confirm the change is yours."
            errors={state.ok ? undefined : state.fieldErrors?.currentPassword}
          />
        </>
      )}
    </ActionForm>
  );
}
