import { extendInvitationAction, renewInvitationLinkAction, withdrawInvitationAction } from '@/app/(app)/assessments/[id]/others/actions';
import { ActionForm } from '@/components/ui/action-form';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmedActionForm } from '@/components/ui/confirmed-action-form';
import { controlClasses } from '@/components/ui/field';
import { Cell, ColumnHeaders, RowHeader, Table } from '@/components/ui/table';
import type { InvitationRow } from '@/lib/domain/others-view';
import { ROLE_LABELS, STATUS_LABELS, type InvitationStatus } from '@/lib/domain/others-view';
import { formatDate } from '@/lib/format/dates';
import { RenewLinkForm } from './renew-link-form';

const TONES: Record<InvitationStatus, BadgeTone> = { invited: 'accent', accepted: 'accent', submitted: 'success', withdrawn: 'neutral', expired: 'warning' };

type Props = { assessmentId: string; invitations: InvitationRow[]; defaultDays: number; maxDays: number };

/** Who was asked, in which role, and how far each has got; never anything they rated. */
export function InvitationList({ assessmentId, invitations, defaultDays, maxDays }: Props) {
  return (
    <Table
      caption="People you asked to rate you on this assessment"
      head={<ColumnHeaders names={['Who', 'Status', 'Open until']} controls="Actions" />}
    >
      {invitations.map((invitation, index) => {
        const who = `${ROLE_LABELS[invitation.role]}${invitation.rater ? `: ${invitation.rater}` : ''} (invitation ${index + 1})`;
        const open = invitation.status !== 'withdrawn' && invitation.status !== 'submitted';
        return (
          <tr key={invitation.id}>
            <RowHeader>
              <span className="block">{invitation.rater ? `${invitation.rater}, ${ROLE_LABELS[invitation.role].toLowerCase()}` : ROLE_LABELS[invitation.role]}</span>
              <span className="block text-sm font-normal text-text-muted">Invited {formatDate(invitation.createdAt)}</span>
              {invitation.note ? <span className="block text-sm font-normal text-text-muted">Note: {invitation.note}</span> : null}
            </RowHeader>
            <Cell>
              <Badge tone={TONES[invitation.status]}>{STATUS_LABELS[invitation.status]}</Badge>
              {invitation.submittedAt ? <span className="block text-sm text-text-muted">{formatDate(invitation.submittedAt)}</span> : null}
            </Cell>
            <Cell className="whitespace-nowrap">{invitation.status === 'submitted' ? '—' : formatDate(invitation.expiresAt)}</Cell>
            <Cell className="space-y-2">
              {open ? (
                <ActionForm action={extendInvitationAction} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="assessmentId" value={assessmentId} />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <label className="text-sm">
                    <span className="block font-semibold">
                      Days from today<span className="sr-only"> for {who}</span>
                    </span>
                    <input name="days" type="number" min={1} max={maxDays} defaultValue={defaultDays} className={`${controlClasses} w-24`} />
                  </label>
                  <Button type="submit" variant="secondary">
                    Extend<span className="sr-only"> {who}</span>
                  </Button>
                </ActionForm>
              ) : null}
              {invitation.status === 'invited' ? (
                <RenewLinkForm action={renewInvitationLinkAction} assessmentId={assessmentId} invitationId={invitation.id} who={who} />
              ) : null}
              {invitation.status !== 'withdrawn' ? (
                <ConfirmedActionForm
                  action={withdrawInvitationAction}
                  fields={{ assessmentId, invitationId: invitation.id }}
                  verb="Withdraw"
                  target={who}
                  title={`Withdraw the invitation to ${who}?`}
                  description="Their link stops working, their page disappears, and nothing they rated will be shown to you."
                  confirmLabel="Withdraw"
                />
              ) : null}
            </Cell>
          </tr>
        );
      })}
    </Table>
  );
}
