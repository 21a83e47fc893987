'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FormMessage } from '@/components/ui/form-message';
import { TextAreaField, TextField } from '@/components/ui/field';
import { CUSTOM_RESOURCE_ROWS, GOAL_TEXT_MAX, RESOURCE_TITLE_MAX, RESOURCE_URL_MAX } from '@/lib/validation/limits';
import type { FormAction } from '@/components/ui/action-form';
import { RESOURCE_KIND_NAMES } from '@/lib/domain/vocabulary';

export type GoalFormItem = {
  key: string;
  title: string;
  resources: { key: string; title: string; kind: 'BOOK' | 'PROGRAMME'; how: string }[];
};

export type GoalFormValues = {
  action: string;
  successMeasure: string;
  targetDate: string;
  resourceKeys: string[];
  customResources: { title: string; url: string | null }[];
};

// A goal's two texts: what the person will do, and how anyone could tell it worked.
const TEXT_FIELDS = [
  { name: 'action', label: 'What will you do?', hint: 'One concrete action, e.g. “Run a monthly skip-level with each team lead”.' },
  { name: 'successMeasure', label: 'How will you know it worked?', hint: 'A success measure someone else could check, e.g. “Two leads run their own hiring loops”.' },
] as const;

type Props = {
  action: FormAction;
  item: GoalFormItem;
  /** The goal being edited; a new goal when absent. */
  goalId?: string;
  initial?: GoalFormValues;
  defaultTargetDate: string;
  submitLabel: string;
  /** Actions to start "What will you do?" from, each with the address that starts the form with it (without JavaScript). */
  suggestions?: { text: string; href: string }[];
};

export function GoalForm({ action, item, goalId, initial, defaultTargetDate, submitLabel, suggestions = [] }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  const typed = state.ok ? undefined : state.values;
  const form = useRef<HTMLFormElement>(null);
  // One empty row to start with, or the goal's own; more on demand.
  const [rowCount, setRowCount] = useState(Math.max(1, initial?.customResources.length ?? 0));
  const added = useRef(false);
  const rows = Array.from({ length: rowCount }, (_, index) => initial?.customResources[index] ?? { title: '', url: null });
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    // A new row takes the focus, so a keyboard user types straight into it.
    form.current?.querySelectorAll<HTMLInputElement>('input[name="customTitle"]')[rowCount - 1]?.focus();
  }, [rowCount]);

  function fillAction(text: string) {
    const field = form.current?.elements.namedItem('action');
    if (!(field instanceof HTMLTextAreaElement)) return;
    field.value = text;
    field.focus();
  }

  return (
    <form ref={form} action={formAction} className="space-y-6">
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {goalId ? <input type="hidden" name="goalId" value={goalId} /> : <input type="hidden" name="itemKey" value={item.key} />}
      {TEXT_FIELDS.map(({ name, label, hint }) => (
        <div key={name} className="space-y-3">
          <TextAreaField
            label={label}
            name={name}
            hint={hint}
            maxLength={GOAL_TEXT_MAX}
            required
            defaultValue={typed?.[name] ?? initial?.[name]}
            errors={errors?.[name]}
          />
          {name === 'action' && suggestions.length > 0 ? <Suggestions suggestions={suggestions} onUse={fillAction} /> : null}
        </div>
      ))}
      <TextField
        label="Target date"
        name="targetDate"
        type="date"
        required
        className="max-w-xs"
        defaultValue={typed?.targetDate ?? initial?.targetDate ?? defaultTargetDate}
        errors={errors?.targetDate}
      />
      {item.resources.length > 0 ? (
        <fieldset className="space-y-3">
          <legend className="font-medium">Resources from the framework</legend>
          <p className="text-sm text-text-muted">The books and programmes the framework maps to {item.title}.</p>
          {errors?.resourceKeys ? <p className="text-sm font-medium text-danger">{errors.resourceKeys.join(' ')}</p> : null}
          <ul className="space-y-3">
            {item.resources.map((resource) => (
              <li key={resource.key}>
                <Checkbox layout="block" name="resourceKeys" value={resource.key} defaultChecked={initial?.resourceKeys.includes(resource.key)}>
                  <span>
                    <span className="font-medium">{resource.title}</span> ({RESOURCE_KIND_NAMES[resource.kind]})
                    <span className="block text-sm text-text-muted">{resource.how}</span>
                  </span>
                </Checkbox>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <fieldset className="space-y-3">
        <legend className="font-medium">Other resources</legend>
        <p className="text-sm text-text-muted">A course, article or talk of your own choosing: a title, and a link if it has one.</p>
        {errors?.customTitle || errors?.customUrl ? (
          <p className="text-sm font-medium text-danger">{[...(errors.customTitle ?? []), ...(errors.customUrl ?? [])].join(' ')}</p>
        ) : null}
        {rows.map((row, index) => (
          <div key={index} className="grid gap-3 sm:grid-cols-2">
            <TextField label={`Resource ${index + 1} title`} name="customTitle" maxLength={RESOURCE_TITLE_MAX} defaultValue={row.title} />
            <TextField
              label={`Resource ${index + 1} link`}
              name="customUrl"
              type="url"
              inputMode="url"
              placeholder="https://"
              maxLength={RESOURCE_URL_MAX}
              defaultValue={row.url ?? ''}
            />
          </div>
        ))}
        {rowCount < CUSTOM_RESOURCE_ROWS ? (
          <AddRowButton
            onAdd={() => {
              added.current = true;
              setRowCount((count) => Math.min(count + 1, CUSTOM_RESOURCE_ROWS));
            }}
          />
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </Button>
    </form>
  );
}

/** Only once the script runs: without it the button could do nothing. */
function AddRowButton({ onAdd }: { onAdd: () => void }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <Button variant="secondary" onClick={onAdd}>
      Add another resource
    </Button>
  );
}

/**
 * Starting points drawn from the next level: a click fills "What will you
 * do?" to be edited. Until the script runs each is a link to this form
 * started with it.
 */
function Suggestions({ suggestions, onUse }: { suggestions: { text: string; href: string }[]; onUse: (text: string) => void }) {
  const hydrated = useHydrated();
  return (
    <div className="space-y-2 rounded-md border border-border p-3">
      <p id="suggestions-heading" className="text-sm font-semibold">
        Suggestions from the next level
      </p>
      <ul aria-labelledby="suggestions-heading" className="space-y-2">
        {suggestions.map(({ text, href }) => (
          <li key={text} className="flex flex-wrap items-start gap-x-3 gap-y-1 text-sm">
            <span className="min-w-0 flex-1">{text}</span>
            {hydrated ? (
              <button type="button" onClick={() => onUse(text)} className="min-h-11 shrink-0 font-medium text-accent underline underline-offset-4">
                Use this<span className="sr-only">: {text}</span>
              </button>
            ) : (
              <a href={href} className="min-h-11 shrink-0 content-center font-medium text-accent underline underline-offset-4">
                Use this<span className="sr-only">: {text}</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
