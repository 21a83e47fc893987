'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { EVIDENCE_ENTRY_MAX, RESOURCE_URL_MAX } from '@/lib/validation/limits';
import type { FormAction } from '@/components/ui/action-form';

export type EvidenceFormItem = { key: string; title: string; sectionTitle: string };
export type EvidenceFormGoal = { id: string; action: string };
export type EvidenceFormValues = { occurredOn: string; text: string; url: string; itemKeys: string[]; goalId: string };

type Props = {
  action: FormAction;
  items: EvidenceFormItem[];
  goals: EvidenceFormGoal[];
  /** The entry being edited; a new entry when absent. */
  entryId?: string;
  initial: EvidenceFormValues;
  submitLabel: string;
};

function bySection(items: EvidenceFormItem[]): { title: string; items: EvidenceFormItem[] }[] {
  const sections = new Map<string, EvidenceFormItem[]>();
  for (const item of items) sections.set(item.sectionTitle, [...(sections.get(item.sectionTitle) ?? []), item]);
  return [...sections.entries()].map(([title, list]) => ({ title, items: list }));
}

export function EvidenceForm({ action, items, goals, entryId, initial, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  // Held here rather than in the inputs: React resets a form after its
  // action, and a refusal must not untick what the person chose.
  const [itemKeys, setItemKeys] = useState(initial.itemKeys);
  const [goalId, setGoalId] = useState(initial.goalId);
  const errors = state.ok ? undefined : state.fieldErrors;
  const typed = state.ok ? undefined : state.values;
  const toggle = (key: string, on: boolean) => setItemKeys((keys) => (on ? [...keys, key] : keys.filter((entry) => entry !== key)));
  const itemErrorId = 'evidence-items-error';
  return (
    <form action={formAction} className="space-y-6">
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {entryId ? <input type="hidden" name="entryId" value={entryId} /> : null}
      <TextField
        label="When did it happen?"
        name="occurredOn"
        type="date"
        required
        className="max-w-xs"
        defaultValue={typed?.occurredOn ?? initial.occurredOn}
        errors={errors?.occurredOn}
      />
      <TextAreaField
        label="What happened?"
        name="text"
        hint={`What you did and what came of it, e.g. “Coached Sam through his first hiring loop; he ran the debrief alone”. Up to ${EVIDENCE_ENTRY_MAX.toLocaleString('en-GB')} characters.`}
        maxLength={EVIDENCE_ENTRY_MAX}
        rows={5}
        required
        defaultValue={typed?.text ?? initial.text}
        errors={errors?.text}
      />
      <TextField
        label="Link (optional)"
        name="url"
        type="url"
        inputMode="url"
        placeholder="https://"
        hint="A document, pull request or message that shows it."
        maxLength={RESOURCE_URL_MAX}
        defaultValue={typed?.url ?? initial.url}
        errors={errors?.url}
      />
      <fieldset className="space-y-3" aria-describedby={errors?.itemKeys ? itemErrorId : undefined}>
        <legend className="font-semibold">Which framework items does it show?</legend>
        <p className="text-sm text-text-muted">Choose one or more. The entry is shown on each when you next rate it.</p>
        {errors?.itemKeys ? (
          <p id={itemErrorId} className="text-sm font-medium text-danger">
            {errors.itemKeys.join(' ')}
          </p>
        ) : null}
        {bySection(items).map((section) => (
          <div key={section.title} className="space-y-2">
            <p className="text-sm font-semibold text-text-muted">{section.title}</p>
            <ul className="grid gap-2 sm:grid-cols-2">
              {section.items.map((item) => (
                <li key={item.key}>
                  <Checkbox name="itemKeys" value={item.key} checked={itemKeys.includes(item.key)} onChange={(event) => toggle(item.key, event.target.checked)}>
                    <span>{item.title}</span>
                  </Checkbox>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </fieldset>
      {goals.length > 0 ? (
        <SelectField
          label="Does it advance a goal? (optional)"
          name="goalId"
          className="max-w-xl"
          value={goalId}
          onChange={(event) => setGoalId(event.target.value)}
          errors={errors?.goalId}
        >
          <option value="">No goal</option>
          {goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.action}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </Button>
    </form>
  );
}
