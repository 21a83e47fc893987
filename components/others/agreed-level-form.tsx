'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { AGREED_NOTE_MAX, AGREED_WITH_MAX } from '@/lib/validation/limits';
import type { FormAction } from '@/components/ui/action-form';

type Props = {
  action: FormAction;
  assessmentId: string;
  itemId: string;
  itemTitle: string;
  levels: { level: number; name: string }[];
  current: { level: number; agreedWith: string; note: string } | null;
};

/**
 * Records the level the EM and someone else agreed for one item, or clears
 * it. It posts without JavaScript too; what was typed comes back after a
 * refusal.
 */
export function AgreedLevelForm({ action, assessmentId, itemId, itemTitle, levels, current }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  const typed = state.ok ? undefined : state.values;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="itemId" value={itemId} />
      <SelectField
        label={`Agreed level for ${itemTitle}`}
        name="level"
        className="max-w-md"
        defaultValue={current ? String(current.level) : ''}
        errors={errors?.level}
        required
      >
        <option value="">Choose a level</option>
        {levels.map(({ level, name }) => (
          <option key={level} value={level}>
            {level}: {name}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Who agreed it with you"
        name="agreedWith"
        hint="For example “Sam (my manager)”."
        maxLength={AGREED_WITH_MAX}
        className="max-w-md"
        defaultValue={typed?.agreedWith ?? current?.agreedWith ?? ''}
        errors={errors?.agreedWith}
        required
      />
      <TextAreaField
        label="Note (optional)"
        name="note"
        hint={`Why you settled on it, in a sentence or two. Up to ${AGREED_NOTE_MAX} characters.`}
        maxLength={AGREED_NOTE_MAX}
        rows={2}
        defaultValue={typed?.note ?? current?.note ?? ''}
        errors={errors?.note}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="save" disabled={pending}>
          {pending ? 'Saving…' : current ? 'Change the agreed level' : 'Save the agreed level'}
        </Button>
        {current ? (
          // Clearing needs no level: the browser's own checks are skipped for this button.
          <Button type="submit" name="intent" value="clear" variant="secondary" formNoValidate disabled={pending}>
            Clear the agreed level
          </Button>
        ) : null}
      </div>
      {state.message ? <FormMessage tone={state.ok ? 'success' : 'error'}>{state.message}</FormMessage> : null}
    </form>
  );
}
