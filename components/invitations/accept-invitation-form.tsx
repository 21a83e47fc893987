'use client';

import { ActionForm, type FormAction } from '@/components/ui/action-form';

type Props = { action: FormAction; token: string; subjectName: string };

// Accepting goes on to the rating page: the only answer shown here is why not.
export function AcceptInvitationForm({ action, token, subjectName }: Props) {
  return (
    <ActionForm action={action} className="space-y-3" messageFirst submit={{ label: `Accept and rate ${subjectName}`, pending: 'Accepting…' }}>
      <input type="hidden" name="token" value={token} />
    </ActionForm>
  );
}
