'use client';

import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { TextField } from '@/components/ui/field';
import { PASSWORD_MIN } from '@/lib/validation/limits';

type Props = { action: FormAction; hasPassword: boolean };

export function ChangePasswordForm({ action, hasPassword }: Props) {
  return (
    <ActionForm action={action} className="space-y-4" noValidate messageFirst submit={{ label: hasPassword ? 'Change password' : 'Set password' }}>
      {(_, state) => (
        <>
          {hasPassword ? (
            <TextField
              label="Current password"
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              errors={state.ok ? undefined : state.fieldErrors?.currentPassword}
            />
          ) : null}
          <TextField
            label={hasPassword ? 'New password' : 'Password'}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            hint={`At least ${PASSWORD_MIN} characters.`}
            errors={state.ok ? undefined : state.fieldErrors?.newPassword}
          />
        </>
      )}
    </ActionForm>
  );
}
