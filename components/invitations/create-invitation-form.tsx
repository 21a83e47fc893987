'use client';

import type { InvitationLinkResult } from '@/app/(app)/assessments/[id]/others/actions';
import { CreateLinkForm } from '@/components/ui/create-link-form';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import type { FormAction } from '@/components/ui/action-form';
import { INVITATION_DEFAULT_DAYS, INVITATION_MAX_DAYS, INVITATION_NOTE_MAX } from '@/lib/validation/limits';

type Props = {
  action: FormAction<InvitationLinkResult>;
  assessmentId: string;
  roles: { value: string; label: string }[];
  /** Whether Headway can email the link: without SMTP settings there is no address field. */
  emailOn: boolean;
};

export function CreateInvitationForm({ action, assessmentId, roles, emailOn }: Props) {
  return (
    <CreateLinkForm
      action={action}
      assessmentId={assessmentId}
      submit={{ label: 'Create an invitation link', pending: 'Creating…' }}
      linkLabel="Invitation link"
      intro={(created) =>
        created.emailedTo ? `Invitation created. Headway will email this link to ${created.emailedTo} within a few minutes; you can also copy it now.` : undefined
      }
    >
      {(refusal) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField label="Their role" name="role" defaultValue="" errors={refusal?.fieldErrors?.role}>
              <option value="" disabled>
                Choose a role
              </option>
              {roles.map((role) => (
                <option key={role.value} value={role.value}>
                  {role.label}
                </option>
              ))}
            </SelectField>
            <TextField label="Open for (days)" name="days" type="number" min={1} max={INVITATION_MAX_DAYS} defaultValue={INVITATION_DEFAULT_DAYS} errors={refusal?.fieldErrors?.days} />
          </div>
          <TextAreaField
            label="A note for them (optional)"
            name="note"
            hint={`Shown on the invitation before they start. Up to ${INVITATION_NOTE_MAX} characters.`}
            maxLength={INVITATION_NOTE_MAX}
            rows={3}
            defaultValue={refusal?.values?.note ?? ''}
            errors={refusal?.fieldErrors?.note}
          />
          {emailOn ? (
            <TextField
              label="Their email address (optional)"
              name="email"
              type="email"
              autoComplete="off"
              hint="Headway emails them the link. Leave it empty to copy the link yourself."
              defaultValue={refusal?.values?.email ?? ''}
              errors={refusal?.fieldErrors?.email}
            />
          ) : null}
        </>
      )}
    </CreateLinkForm>
  );
}
