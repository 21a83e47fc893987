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
  children: React.ReactNode;
};

/**
 * A form whose whole interface is its fields and a button: what the action
 * answers (done, or why nothing changed) is shown after them and announced.
 */
export function ActionForm({ action, className, messageFirst = false, children }: Props) {
  const [state, formAction] = useActionState(action, { ok: true });
  const message = state.message ? <FormMessage tone={state.ok ? 'success' : 'error'}>{state.message}</FormMessage> : null;
  return (
    <form action={formAction} className={className}>
      {messageFirst ? message : null}
      {children}
      {messageFirst ? null : message}
    </form>
  );
}
