import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AcceptInvitationForm } from '@/components/invitations/accept-invitation-form';
import { WhoSeesWhat } from '@/components/invitations/who-sees-what';
import { buttonClasses } from '@/components/ui/button';
import { cardClasses } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { getSessionUser } from '@/lib/auth/session';
import { previewInvitation } from '@/lib/data/invitations';
import { ROLE_LABELS } from '@/lib/domain/others-view';
import { formatDate } from '@/lib/format/dates';
import { invitationTokenSchema } from '@/lib/validation/invitation';
import { acceptInvitationAction } from '../actions';

export const metadata: Metadata = { title: 'An invitation to rate someone', referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

// Public: the unguessable token is the permission. A withdrawn, expired or
// made-up link is not found, with no detail.
export default async function InvitationPage({ params }: Props) {
  const token = invitationTokenSchema.safeParse((await params).token);
  if (!token.success) notFound();
  const viewer = await getSessionUser();
  const invitation = await previewInvitation(token.data, viewer);
  if (!invitation) notFound();
  if (invitation.holder === 'viewer') redirect(`/rate/${invitation.id}`);
  const here = `/invitations/${token.data}`;
  const { subjectName } = invitation;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{subjectName} asks for your view</h1>
        <p className="text-text-muted">
          {subjectName} is rating themselves against the Head of Engineering framework and asks you, as their {ROLE_LABELS[invitation.role].toLowerCase()}, to
          rate them on the same 11 items. It takes about 20 minutes; you can stop and come back. This invitation is open until {formatDate(invitation.expiresAt)}.
        </p>
      </header>
      {invitation.note ? (
        <section aria-labelledby="note-heading" className={`space-y-2 ${cardClasses}`}>
          <h2 id="note-heading" className="text-xl font-semibold">
            {subjectName}’s note to you
          </h2>
          <p className="whitespace-pre-wrap break-words">{invitation.note}</p>
        </section>
      ) : null}
      <div className={cardClasses}>
        <WhoSeesWhat role={invitation.role} subjectName={subjectName} />
      </div>
      {invitation.holder === 'other' ? (
        <FormMessage tone="error">
          This invitation has already been accepted by another account. Each link works once: ask {subjectName} for a new one.
        </FormMessage>
      ) : viewer ? (
        <AcceptInvitationForm action={acceptInvitationAction} token={token.data} subjectName={subjectName} />
      ) : (
        <div className="space-y-3">
          <p>To rate {subjectName}, sign in or create an account. The invitation is then yours alone.</p>
          <p className="flex flex-wrap gap-3">
            <Link href={`/signup?callbackUrl=${encodeURIComponent(here)}`} className={buttonClasses('primary')}>
              Create an account
            </Link>
            <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className={buttonClasses('secondary')}>
              Sign in
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
