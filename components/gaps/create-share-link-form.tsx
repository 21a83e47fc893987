'use client';

import { useActionState } from 'react';
import type { ShareResult } from '@/app/assessments/[id]/gaps/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';

// The default comes in as a prop rather than from lib/validation/share: that
// module holds the zod schemas, and importing it here would ship zod (30 KB
// gzipped) to every gap view for the sake of one number.
type Props = { action: (previous: ShareResult, form: FormData) => Promise<ShareResult>; assessmentId: string; defaultDays: number };

export function CreateShareLinkForm({ action, assessmentId, defaultDays }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  const created = state.ok && 'path' in state ? state : null;
  return (
    <form action={formAction} className="space-y-4">
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {created ? (
        <div role="status" className="space-y-2 rounded-md border border-success p-3">
          <p className="font-medium">Link created. Copy it now: for your privacy Headway keeps no copy it could show again.</p>
          <label className="block text-sm" htmlFor="new-share-link">
            Read-only link
          </label>
          <input
            id="new-share-link"
            readOnly
            value={typeof window === 'undefined' ? created.path : new URL(created.path, window.location.origin).toString()}
            onFocus={(event) => event.currentTarget.select()}
            className="block min-h-11 w-full rounded-md border border-line bg-canvas px-3 py-2 font-mono text-sm"
          />
        </div>
      ) : null}
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Who is it for?" name="label" placeholder="My manager" maxLength={80} errors={errors?.label} />
        <TextField
          label="Works for (days)"
          name="days"
          type="number"
          min={1}
          max={365}
          defaultValue={defaultDays}
          errors={errors?.days}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create a read-only link'}
      </Button>
    </form>
  );
}
