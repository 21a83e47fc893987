'use client';

import type { InvitationLinkResult } from '@/app/assessments/[id]/others/actions';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { OneTimeLink } from '@/components/ui/one-time-link';

// Limits come in as props: lib/validation/invitation holds zod, which the browser need not load.
type Props = {
  action: (previous: InvitationLinkResult, form: FormData) => Promise<InvitationLinkResult>;
  assessmentId: string;
  roles: { value: string; label: string }[];
  noteMax: number;
  defaultDays: number;
  maxDays: number;
  /** Whether Headway can email the link: without SMTP settings there is no address field. */
  emailOn: boolean;
};

export function CreateInvitationForm({ action, assessmentId, roles, noteMax, defaultDays, maxDays, emailOn }: Props) {
  return (
    <ActionForm action={action} className="space-y-4" messageFirst submit={{ label: 'Create an invitation link', pending: 'Creating…' }}>
      {(_, state) => {
        const errors = state.ok ? undefined : state.fieldErrors;
        const created = state.ok ? (state.data ?? null) : null;
        return (
          <>
            {created ? (
              <OneTimeLink
                path={created.path}
                label="Invitation link"
                {...(created.emailedTo ? { intro: `Invitation created. Headway will email this link to ${created.emailedTo} within a few minutes; you can also copy it now.` } : {})}
              />
            ) : null}
            <input type="hidden" name="assessmentId" value={assessmentId} />
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField label="Their role" name="role" defaultValue="" errors={errors?.role}>
                <option value="" disabled>
                  Choose a role
                </option>
                {roles.map((role) => (
                  <option key={role.value} value={role.value}>
                    {role.label}
                  </option>
                ))}
              </SelectField>
              <TextField label="Open for (days)" name="days" type="number" min={1} max={maxDays} defaultValue={defaultDays} errors={errors?.days} />
            </div>
            <TextAreaField
              label="A note for them (optional)"
              name="note"
              hint={`Shown on the invitation before they start. Up to ${noteMax} characters.`}
              maxLength={noteMax}
              rows={3}
              defaultValue={state.ok ? '' : state.values?.note}
              errors={errors?.note}
            />
            {emailOn ? (
              <TextField
                label="Their email address (optional)"
                name="email"
                type="email"
                autoComplete="off"
                hint="Headway emails them the link. Leave it empty to copy the link yourself."
                defaultValue={state.ok ? '' : state.values?.email}
                errors={errors?.email}
              />
            ) : null}
          </>
        );
      }}
    </ActionForm>
  );
}
