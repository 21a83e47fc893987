'use client';

import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { TextAreaField } from '@/components/ui/field';
import { NOTE_MAX } from '@/lib/validation/limits';

type Props = { action: FormAction; goalId: string; goalAction: string };

export function GoalNoteForm({ action, goalId, goalAction }: Props) {
  return (
    <ActionForm action={action} className="space-y-3" fieldsSpeak submit={{ label: 'Add note', pending: 'Adding…', variant: 'secondary' }}>
      {(_, state) => (
        <>
          <input type="hidden" name="goalId" value={goalId} />
          <TextAreaField
            label="Add a progress note"
            name="text"
            rows={2}
            maxLength={NOTE_MAX}
            required
            hint={`What happened on “${goalAction}”? Notes are dated.`}
            defaultValue={state.ok ? undefined : state.values?.text}
            errors={state.ok ? undefined : state.fieldErrors?.text}
          />
        </>
      )}
    </ActionForm>
  );
}
