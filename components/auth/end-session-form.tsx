'use client';

import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';

export function EndSessionForm({ action, sessionId, device }: { action: FormAction; sessionId: string; device: string }) {
  return (
    <ActionForm action={action} className="space-y-2">
      {(pending) => (
        <>
          <input type="hidden" name="sessionId" value={sessionId} />
          <Button type="submit" variant="secondary" className="text-sm" disabled={pending} aria-label={`End the session on ${device}`}>
            {pending ? 'Ending…' : 'End session'}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
