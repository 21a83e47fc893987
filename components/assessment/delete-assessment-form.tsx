'use client';

import { useActionState } from 'react';
import type { DeleteResult } from '@/app/assessments/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

type Props = {
  action: (previous: DeleteResult, form: FormData) => Promise<DeleteResult>;
  assessmentId: string;
  needsConfirmation: boolean;
};

export function DeleteAssessmentForm({ action, assessmentId, needsConfirmation }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <form action={formAction} className="space-y-3">
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <input type="hidden" name="assessmentId" value={assessmentId} />
      {needsConfirmation ? (
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="confirmed" value="yes" className="size-4 accent-accent" />
          I understand this submitted assessment will be deleted for good.
        </label>
      ) : (
        <p className="text-sm text-ink-muted">Deletes this draft and everything written in it.</p>
      )}
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? 'Deleting…' : needsConfirmation ? 'Delete assessment' : 'Delete draft'}
      </Button>
    </form>
  );
}
