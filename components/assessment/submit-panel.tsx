'use client';

import { useActionState } from 'react';
import { submitAssessmentAction, type SubmitResult } from '@/app/(app)/assessments/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

type Props = {
  assessmentId: string;
  unrated: { key: string; title: string }[];
  unsaved: boolean;
};

/** Submitting freezes the assessment; items left unrated must be named to go through. */
export function SubmitPanel({ assessmentId, unrated, unsaved }: Props) {
  const [state, action, pending] = useActionState<SubmitResult, FormData>(submitAssessmentAction, { ok: true });
  const toConfirm = !state.ok && state.detail ? state.detail.unrated : unrated;
  return (
    <form action={action} className="space-y-4" aria-labelledby="submit-heading">
      <h2 id="submit-heading" className="text-xl font-semibold">
        Submit this assessment
      </h2>
      <p className="text-text-muted">
        Submitting dates it and freezes its ratings, so you can compare against it later. You can start a new one from it at any time.
      </p>
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <input type="hidden" name="assessmentId" value={assessmentId} />
      {toConfirm.length > 0 ? (
        <fieldset className="space-y-2 rounded-md border border-border p-4">
          <legend className="px-1 font-semibold">Submit without rating these items?</legend>
          <p className="text-sm text-text-muted">They will show as unrated everywhere, never as a level.</p>
          {toConfirm.map((item) => (
            <label key={item.key} className="flex min-h-11 items-center gap-3">
              <input type="checkbox" name="confirmUnrated" value={item.key} className="size-4 accent-accent" />
              Leave “{item.title}” unrated
            </label>
          ))}
        </fieldset>
      ) : null}
      <Button type="submit" disabled={pending || unsaved}>
        {pending ? 'Submitting…' : 'Submit assessment'}
      </Button>
      {unsaved ? <p className="text-sm text-text-muted">Waiting for your last changes to save before submitting.</p> : null}
    </form>
  );
}
