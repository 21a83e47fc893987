'use client';

import { useActionState, useRef, useState, type KeyboardEvent } from 'react';
import type { FormAction } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useHydrated } from '@/components/ui/use-hydrated';
import { GOAL_STATUS_LABELS } from '@/lib/domain/goals';
import { GOAL_STATUSES, type GoalStatus } from '@/lib/domain/vocabulary';

type Props = { action: FormAction; goalId: string; goalAction: string; status: GoalStatus };

// Keys that move a closed select's choice in some browsers without opening it.
const CHOOSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A goal's status in one control. Chosen with a pointer, it is saved at once.
 * Chosen with the keyboard, where each arrow press would otherwise save a
 * status passed on the way, it waits for Enter or the button that then
 * appears. Without JavaScript it is a plain form with its button.
 */
export function GoalStatusControl({ action, goalId, goalAction, status }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  const byKeyboard = useRef(false);
  const [chosen, setChosen] = useState<GoalStatus>(status);
  const [saved, setSaved] = useState<GoalStatus>(status);
  const [waitingForEnter, setWaitingForEnter] = useState(false);
  // A new status from the server (this change, or one made elsewhere) is the one to show.
  if (status !== saved) {
    setSaved(status);
    setChosen(status);
    setWaitingForEnter(false);
  }
  const unsaved = chosen !== status;
  const showButton = !hydrated || (unsaved && waitingForEnter);
  const selectId = `goal-${goalId}-status`;
  const hintId = `${selectId}-hint`;

  function onKeyDown(event: KeyboardEvent<HTMLSelectElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (unsaved) form.current?.requestSubmit();
      return;
    }
    if (CHOOSING_KEYS.has(event.key) || event.key.length === 1) byKeyboard.current = true;
  }

  return (
    <form ref={form} action={formAction} className="flex flex-wrap items-end gap-x-3 gap-y-2">
      <input type="hidden" name="goalId" value={goalId} />
      <div className="space-y-1">
        <label htmlFor={selectId} className="block text-sm font-medium">
          Status
        </label>
        <select
          id={selectId}
          name="status"
          value={chosen}
          aria-describedby={hydrated && showButton ? hintId : undefined}
          onPointerDown={() => (byKeyboard.current = false)}
          onKeyDown={onKeyDown}
          onChange={(event) => {
            setChosen(event.target.value as GoalStatus);
            setWaitingForEnter(byKeyboard.current);
            if (!byKeyboard.current) queueMicrotask(() => form.current?.requestSubmit());
          }}
          className="block min-h-11 rounded-md border border-border-strong bg-surface px-3 py-2"
        >
          {GOAL_STATUSES.map((option) => (
            <option key={option} value={option}>
              {GOAL_STATUS_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      {showButton ? (
        <Button type="submit" variant="secondary" disabled={pending}>
          Save status{' '}<span className="sr-only">of “{goalAction}”</span>
        </Button>
      ) : null}
      {pending ? <p className="min-h-11 content-center text-sm text-text-muted">Saving…</p> : null}
      {hydrated && showButton && !pending ? (
        <p id={hintId} className="w-full text-sm text-text-muted">
          Not saved yet: press Enter or Save status.
        </p>
      ) : null}
      {state.message ? (
        <div className="w-full">
          <FormMessage tone={state.ok ? 'success' : 'error'}>{state.message}</FormMessage>
        </div>
      ) : null}
    </form>
  );
}
