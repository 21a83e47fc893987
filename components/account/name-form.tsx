'use client';

import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { TextField } from '@/components/ui/field';
import { NAME_MAX } from '@/lib/validation/limits';

type Props = { action: FormAction; name: string | null };

export function NameForm({ action, name }: Props) {
  return (
    <ActionForm action={action} className="space-y-4" noValidate messageFirst submit={{ label: 'Save name', variant: 'secondary' }}>
      {(_, state) => (
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          maxLength={NAME_MAX}
          hint="How Headway greets you, and the name on what you share. Leave it empty to use none."
          defaultValue={state.ok ? (name ?? '') : (state.values?.name ?? name ?? '')}
          errors={state.ok ? undefined : state.fieldErrors?.name}
        />
      )}
    </ActionForm>
  );
}
