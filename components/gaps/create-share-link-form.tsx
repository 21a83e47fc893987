'use client';

import type { ShareResult } from '@/app/(app)/assessments/[id]/gaps/actions';
import { CreateLinkForm } from '@/components/ui/create-link-form';
import { TextField } from '@/components/ui/field';
import type { FormAction } from '@/components/ui/action-form';

// The default comes in as a prop rather than from lib/validation/share: that
// module holds the zod schemas, and importing it here would ship zod (30 KB
// gzipped) to every gap view for the sake of one number.
type Props = { action: FormAction<ShareResult>; assessmentId: string; defaultDays: number };

export function CreateShareLinkForm({ action, assessmentId, defaultDays }: Props) {
  return (
    <CreateLinkForm
      action={action}
      assessmentId={assessmentId}
      submit={{ label: 'Create a read-only link', pending: 'Creating…' }}
      linkLabel="Read-only link"
      intro={() => 'Link created. Copy it now: for your privacy Headway keeps no copy it could show again.'}
    >
      {(refusal) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Who is it for?" name="label" placeholder="My manager" maxLength={80} errors={refusal?.fieldErrors?.label} />
          <TextField label="Works for (days)" name="days" type="number" min={1} max={365} defaultValue={defaultDays} errors={refusal?.fieldErrors?.days} />
        </div>
      )}
    </CreateLinkForm>
  );
}
