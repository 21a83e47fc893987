'use client';

import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { ConfirmButton } from '@/components/ui/confirm-button';

type Props = { action: FormAction; assessmentId: string; needsConfirmation: boolean };

export function DeleteAssessmentForm({ action, assessmentId, needsConfirmation }: Props) {
  return (
    <ActionForm action={action} className="space-y-3">
      {(pending) => (
        <>
          <input type="hidden" name="assessmentId" value={assessmentId} />
          {/* The dialog is the confirmation; the server still insists on it for a submitted assessment. */}
          {needsConfirmation ? <input type="hidden" name="confirmed" value="yes" /> : null}
          <p className="text-sm text-text-muted">
            {needsConfirmation ? 'Deletes this submitted assessment, its evidence and its share links for good.' : 'Deletes this draft and everything written in it.'}
          </p>
          <ConfirmButton
            label={pending ? 'Deleting…' : needsConfirmation ? 'Delete assessment' : 'Delete draft'}
            disabled={pending}
            title={needsConfirmation ? 'Delete this submitted assessment?' : 'Delete this draft?'}
            description={
              needsConfirmation
                ? 'It will be gone from your history, your progress and every comparison, and links you shared will stop working. This cannot be undone.'
                : 'Your ratings and evidence in this draft will be gone. This cannot be undone.'
            }
            confirmLabel={needsConfirmation ? 'Delete for good' : 'Delete draft'}
          />
        </>
      )}
    </ActionForm>
  );
}
