'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/validation/action-result';
import { FormMessage } from './form-message';

export type FormAction = (previous: ActionResult, form: FormData) => Promise<ActionResult>;

type Props = {
  action: FormAction;
  className?: string;
  /** Show the result above the fields rather than below: for a long form whose buttons sit throughout it. */
  messageFirst?: boolean;
  /** The fields and the button; a function of whether the action is running, for a button that says so. */
  children: React.ReactNode | ((pending: boolean) => React.ReactNode);
};

/**
 * A form whose whole interface is its fields and a button: what the action
 * answers (done, or why nothing changed) is shown after them and announced.
 * Confirmations (ending a session, deleting an assessment) are this form
 * with a hidden id and a button.
 */
export function ActionForm({ action, className, messageFirst = false, children }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const message = state.message ? <FormMessage tone={state.ok ? 'success' : 'error'}>{state.message}</FormMessage> : null;
  return (
    <form action={formAction} className={className}>
      {messageFirst ? message : null}
      {typeof children === 'function' ? children(pending) : children}
      {messageFirst ? null : message}
    </form>
  );
}
