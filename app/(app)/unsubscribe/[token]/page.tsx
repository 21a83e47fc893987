import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/ui/action-form';
import { cardClasses } from '@/components/ui/card';
import { unsubscribeTargetExists } from '@/lib/data/email-settings';
import { readUnsubscribeToken } from '@/lib/email/unsubscribe-token';
import { UNSUBSCRIBE_TEXT } from '@/lib/email/unsubscribe-text';
import { unsubscribeAction } from '../actions';

export const metadata: Metadata = { title: 'Unsubscribe', referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

// Public: the link in the email is the permission, and opening it changes
// nothing (mail scanners open links); the button does.
export default async function UnsubscribePage({ params }: Props) {
  const token = (await params).token;
  const target = readUnsubscribeToken(token);
  if (!target || !(await unsubscribeTargetExists(target))) notFound();
  return (
    <div className={`mx-auto max-w-2xl space-y-4 ${cardClasses}`}>
      <h1 className="text-3xl font-semibold tracking-tight">Unsubscribe</h1>
      <p>This stops {UNSUBSCRIBE_TEXT[target.kind].what}. Nothing else changes.</p>
      <ActionForm action={unsubscribeAction} className="space-y-4" submit={{ label: 'Unsubscribe', pending: 'Unsubscribing…' }}>
        <input type="hidden" name="token" value={token} />
      </ActionForm>
    </div>
  );
}
