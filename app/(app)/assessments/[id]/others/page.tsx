import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CreateInvitationForm } from '@/components/invitations/create-invitation-form';
import { InvitationList } from '@/components/invitations/invitation-list';
import { cardClasses } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/session';
import { listInvitations } from '@/lib/data/invitations';
import { emailIsOn } from '@/lib/email/config';
import { ratedCount, ROLE_LABELS, RaterRole, SUBJECT_SEES } from '@/lib/domain/others-view';
import { idSchema } from '@/lib/validation/assessment';
import { INVITATION_DEFAULT_DAYS, INVITATION_MAX_DAYS, INVITATIONS_PER_ASSESSMENT } from '@/lib/validation/limits';
import { createInvitationAction } from './actions';
import { parseRouteParam } from '@/lib/http/route-param';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { title: 'Ask for others’ view' };

type Props = { params: Promise<{ id: string }> };

const ROLES = Object.values(RaterRole).map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export default async function OthersViewPage({ params }: Props) {
  const user = await requireUser();
  const assessmentId = parseRouteParam(idSchema, (await params).id);
  const found = await listInvitations(user, assessmentId);
  if (!found) notFound();
  const count = ratedCount(found.invitations.map((invitation) => invitation.status));
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/assessments/${assessmentId}`} className="link">
            Back to the assessment
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">Ask for others’ view</h1>
        <p className="text-text-muted">
          A self-rating alone is weak evidence. Ask your manager, a mentor or coach, and peers or reports to rate you on the same items, blind, and see where you
          and they differ.
        </p>
      </header>

      <Section headingId="who-sees-heading" title="Who will see what" className={`space-y-3 ${cardClasses}`}>
        <ul className="list-disc space-y-2 pl-5">
          {SUBJECT_SEES.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Section>

      <Section headingId="invite-heading" title="Invite someone" className={`space-y-4 ${cardClasses}`}>
        <p className="text-text-muted">
          Each invitation is a link for one person. Up to {INVITATIONS_PER_ASSESSMENT} people per assessment.
        </p>
        <CreateInvitationForm
          action={createInvitationAction}
          assessmentId={assessmentId}
          roles={ROLES}
          emailOn={emailIsOn()}
        />
      </Section>

      <Section headingId="asked-heading" title="Who you asked" className={`space-y-4 ${cardClasses}`}>
        <p role="status" className="font-medium">
          {count.text}.
          {found.status === 'DRAFT' && count.rated > 0 ? ' Their ratings stay hidden until you submit your self-assessment.' : ''}
        </p>
        <p>
          <Link href={`/assessments/${assessmentId}/others/view`} className="link">
            See others’ view
          </Link>
        </p>
        {found.invitations.length > 0 ? (
          <InvitationList assessmentId={assessmentId} invitations={found.invitations} defaultDays={INVITATION_DEFAULT_DAYS} maxDays={INVITATION_MAX_DAYS} />
        ) : null}
      </Section>
    </div>
  );
}
