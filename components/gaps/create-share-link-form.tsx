'use client';

import type { ShareResult } from '@/app/assessments/[id]/gaps/actions';
import { ActionForm } from '@/components/ui/action-form';
import { TextField } from '@/components/ui/field';
import { OneTimeLink } from '@/components/ui/one-time-link';

// The default comes in as a prop rather than from lib/validation/share: that
// module holds the zod schemas, and importing it here would ship zod (30 KB
// gzipped) to every gap view for the sake of one number.
type Props = { action: (previous: ShareResult, form: FormData) => Promise<ShareResult>; assessmentId: string; defaultDays: number };

export function CreateShareLinkForm({ action, assessmentId, defaultDays }: Props) {
  return (
    <ActionForm action={action} className="space-y-4" messageFirst submit={{ label: 'Create a read-only link', pending: 'Creating…' }}>
      {(_, state) => {
        const errors = state.ok ? undefined : state.fieldErrors;
        const created = state.ok ? (state.data ?? null) : null;
        return (
          <>
            {created ? (
              <OneTimeLink
                path={created.path}
                label="Read-only link"
                intro="Link created. Copy it now: for your privacy Headway keeps no copy it could show again."
              />
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
          </>
        );
      }}
    </ActionForm>
  );
}
