'use client';

import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { TextField } from '@/components/ui/field';

type Props = { action: FormAction; current: string | null };

export function ReviewDateForm({ action, current }: Props) {
  return (
    <ActionForm action={action} className="space-y-3" fieldsSpeak submit={{ label: 'Save review date', variant: 'secondary' }}>
      {(_, state) => (
        <TextField
          label="Choose your review date"
          name="nextReviewOn"
          type="date"
          required
          className="max-w-xs"
          defaultValue={state.ok ? (current ?? undefined) : state.values?.nextReviewOn}
          errors={state.ok ? undefined : state.fieldErrors?.nextReviewOn}
        />
      )}
    </ActionForm>
  );
}
