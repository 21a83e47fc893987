import { revokeShareLinkAction, createShareLinkAction } from '@/app/(app)/assessments/[id]/gaps/actions';
import { Badge } from '@/components/ui/badge';
import { cardClasses } from '@/components/ui/card';
import { ConfirmedActionForm } from '@/components/ui/confirmed-action-form';
import { Cell, ColumnHeaders, RowHeader, Table } from '@/components/ui/table';
import type { ShareLinkRow } from '@/lib/domain/share-link-view';
import { formatDate } from '@/lib/format/dates';
import { SHARE_DEFAULT_DAYS } from '@/lib/validation/share';
import { CreateShareLinkForm } from './create-share-link-form';
import { Section } from '@/components/ui/section';

function status(link: ShareLinkRow, now: Date) {
  if (link.revokedAt) return { tone: 'neutral', text: `Revoked ${formatDate(link.revokedAt)}`, live: false } as const;
  if (link.expiresAt <= now) return { tone: 'warning', text: `Expired ${formatDate(link.expiresAt)}`, live: false } as const;
  return { tone: 'success', text: `Works until ${formatDate(link.expiresAt)}`, live: true } as const;
}

export function ShareLinks({ assessmentId, links, now }: { assessmentId: string; links: ShareLinkRow[]; now: Date }) {
  return (
    <Section headingId="share-heading" title="Share read-only" className={`space-y-4 ${cardClasses}`}>
      <p className="text-text-muted">
        Give your manager, mentor or coach a link to this summary. They see this assessment only, nothing else of yours, and the
        link stops working when it expires or when you revoke it.
      </p>
      <CreateShareLinkForm action={createShareLinkAction} assessmentId={assessmentId} defaultDays={SHARE_DEFAULT_DAYS} />
      {links.length > 0 ? (
        <Table
          caption="Your links to this summary"
          head={<ColumnHeaders names={['For', 'Created', 'Status']} controls="Revoke" />}
        >
          {links.map((link) => {
            const { tone, text, live } = status(link, now);
            return (
              <tr key={link.id}>
                <RowHeader>{link.label}</RowHeader>
                <Cell className="whitespace-nowrap">{formatDate(link.createdAt)}</Cell>
                <Cell>
                  <Badge tone={tone}>{text}</Badge>
                </Cell>
                <Cell className="text-right">
                  {live ? (
                    <ConfirmedActionForm
                      action={revokeShareLinkAction}
                      fields={{ linkId: link.id, assessmentId }}
                      verb="Revoke"
                      target={`the link for ${link.label}`}
                      title={`Revoke the link for ${link.label}?`}
                      description="Anyone who opens it from now on finds nothing there. You can create a new link at any time."
                      confirmLabel="Revoke link"
                    />
                  ) : null}
                </Cell>
              </tr>
            );
          })}
        </Table>
      ) : null}
    </Section>
  );
}
