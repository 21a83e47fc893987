'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/validation/action-result';
import { Button, type ButtonVariant } from './button';
import { FormMessage } from './form-message';

export type FormAction<Result extends ActionResult<unknown, unknown> = ActionResult> = (previous: Result, form: FormData) => Promise<Result>;

type Props<Result extends ActionResult<unknown, unknown>> = {
  action: FormAction<Result>;
  className?: string;
  /** Show the result above the fields rather than below: for a long form whose buttons sit throughout it. */
  messageFirst?: boolean;
  /** Leave a refusal to the fields when they show what is wrong, rather than saying it twice. */
  fieldsSpeak?: boolean;
  /** Check the input on the server only, so every problem is told the same way. */
  noValidate?: boolean;
  /** The form's one button, after the fields and the result; `pending` is what it says while the action runs. */
  submit?: { label: string; pending?: string; variant?: ButtonVariant };
  /** The fields; a function of whether the action is running and of what it last answered, for fields that show it. */
  children: React.ReactNode | ((pending: boolean, state: Awaited<Result>) => React.ReactNode);
};

/**
 * A form whose whole interface is its fields and a button: what the action
 * answers (done, or why nothing changed) is shown with them and announced.
 * Confirmations (ending a session, deleting an assessment) are this form
 * with a hidden id and a button.
 */
export function ActionForm<Result extends ActionResult<unknown, unknown> = ActionResult>({
  action,
  className,
  messageFirst = false,
  fieldsSpeak = false,
  noValidate,
  submit,
  children,
}: Props<Result>) {
  // Every action's result type admits a bare success: no message, no data.
  const [state, formAction, pending] = useActionState(action, { ok: true } as Awaited<Result>);
  const shown = state.message && !(fieldsSpeak && !state.ok && state.fieldErrors);
  const message = shown ? <FormMessage tone={state.ok ? 'success' : 'error'}>{state.message}</FormMessage> : null;
  return (
    <form action={formAction} className={className} noValidate={noValidate}>
      {messageFirst ? message : null}
      {typeof children === 'function' ? children(pending, state) : children}
      {messageFirst ? null : message}
      {submit ? (
        <Button type="submit" variant={submit.variant} disabled={pending}>
          {pending ? (submit.pending ?? 'Saving…') : submit.label}
        </Button>
      ) : null}
    </form>
  );
}
