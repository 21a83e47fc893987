import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { cardClasses } from '@/components/ui/card';
import { Cell, ColumnHeader, RowHeader, Table } from '@/components/ui/table';
import { requireUser } from '@/lib/auth/session';
import { listRequests } from '@/lib/data/ratings';
import { ROLE_LABELS, STATUS_LABELS } from '@/lib/domain/others-view';
import { formatDate } from '@/lib/format/dates';

export const metadata: Metadata = { title: 'People who asked for your view' };

export default async function InvitationsPage() {
  const user = await requireUser();
  const requests = await listRequests(user);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">People who asked for your view</h1>
        <p className="text-text-muted">Invitations you accepted to rate someone against the Head of Engineering framework.</p>
      </header>
      {requests.length === 0 ? (
        <p className={cardClasses}>Nobody yet. When someone sends you an invitation link, open it and accept it: it then appears here.</p>
      ) : (
        <Table
          caption="Invitations you accepted"
          head={
            <>
              <ColumnHeader>Who</ColumnHeader>
              <ColumnHeader>You rate them as</ColumnHeader>
              <ColumnHeader>Status</ColumnHeader>
            </>
          }
        >
          {requests.map((request) => (
            <tr key={request.id}>
              <RowHeader>
                {request.status === 'expired' ? (
                  request.subjectName
                ) : (
                  <Link href={`/rate/${request.id}`} className="link">
                    {request.status === 'submitted' ? `${request.subjectName}: see your ratings` : `Rate ${request.subjectName}`}
                  </Link>
                )}
              </RowHeader>
              <Cell>{ROLE_LABELS[request.role]}</Cell>
              <Cell>
                <Badge tone={request.status === 'submitted' ? 'success' : request.status === 'expired' ? 'warning' : 'accent'}>{STATUS_LABELS[request.status]}</Badge>{' '}
                {request.status === 'submitted' && request.submittedAt ? formatDate(request.submittedAt) : request.status === 'accepted' ? `until ${formatDate(request.expiresAt)}` : ''}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {requests.length > 0 ? (
        <p>
          <Link href="/invitations/compare" className="link">
            See everyone you rate side by side
          </Link>
        </p>
      ) : null}
    </div>
  );
}
