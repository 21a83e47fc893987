'use client';

import { useActionState } from 'react';
import type { ShareResult } from '@/app/assessments/[id]/gaps/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { controlClasses, TextField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';

// The default comes in as a prop rather than from lib/validation/share: that
// module holds the zod schemas, and importing it here would ship zod (30 KB
// gzipped) to every gap view for the sake of one number.
type Props = { action: (previous: ShareResult, form: FormData) => Promise<ShareResult>; assessmentId: string; defaultDays: number };

export function CreateShareLinkForm({ action, assessmentId, defaultDays }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  const created = state.ok ? (state.data ?? null) : null;
  const notify = useToast();
  const url = created ? (typeof window === 'undefined' ? created.path : new URL(created.path, window.location.origin).toString()) : '';
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      notify('Link copied');
    } catch {
      notify('Could not copy: select the link and copy it yourself');
    }
  }
  return (
    <form action={formAction} className="space-y-4">
      {!state.ok ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {created ? (
        <div role="status" className="space-y-2 rounded-md border-l-4 border-success bg-success-muted p-4">
          <p className="font-medium">Link created. Copy it now: for your privacy Headway keeps no copy it could show again.</p>
          <label className="block text-sm font-semibold" htmlFor="new-share-link">
            Read-only link
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              id="new-share-link"
              readOnly
              value={url}
              onFocus={(event) => event.currentTarget.select()}
              className={`${controlClasses} font-mono text-sm`}
            />
            <Button variant="secondary" onClick={() => void copy()}>
              Copy link
            </Button>
          </div>
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
