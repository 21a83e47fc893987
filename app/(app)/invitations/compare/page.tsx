import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/layout/page-heading';
import { cardClasses } from '@/components/ui/card';
import { Cell, ColumnHeaders, RowHeader, Table } from '@/components/ui/table';
import { requireUser } from '@/lib/auth/session';
import { getSideBySide } from '@/lib/data/side-by-side';
import { ROLE_LABELS } from '@/lib/domain/others-view';
import { buildSideBySide, SELF_SHOWN_TEXT, type SideBySideCell } from '@/lib/domain/side-by-side';
import { formatDate } from '@/lib/format/dates';

export const metadata: Metadata = { title: 'The people you rate, side by side' };

const levelText = (value: SideBySideCell['own']) => (value === null ? 'not rated' : value === 'no-opportunity' ? 'no opportunity to see' : `level ${value}`);

export default async function SideBySidePage() {
  const user = await requireUser();
  const { columns, rows } = buildSideBySide(await getSideBySide(user));
  return (
    <div className="space-y-6">
      <BackLink href="/invitations">People who asked for your view</BackLink>
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">The people you rate, side by side</h1>
        <p className="text-text-muted">
          Your ratings of each person, item by item. A manager or mentor sees the person’s own rating beside theirs once both have submitted; a peer
          or report never does.
        </p>
      </header>
      {columns.length === 0 ? (
        <p className={cardClasses}>Nobody yet. When you accept someone’s invitation to rate them, they appear here.</p>
      ) : (
        <>
          <ul className="space-y-2">
            {columns.map((column) => (
              <li key={column.id} className={cardClasses}>
                <Link href={`/rate/${column.id}`} className="link font-semibold">
                  {column.label}
                </Link>{' '}
                · you rate them as their {ROLE_LABELS[column.role].toLowerCase()} · assessment of {formatDate(column.assessedAt)}.{' '}
                {SELF_SHOWN_TEXT[column.selfShown]}
              </li>
            ))}
          </ul>
          <Table
            caption="Your rating of each item beside each person’s own, where they have shown it to you"
            head={<ColumnHeaders names={['Item', ...columns.map((column) => column.label)]} />}
          >
            {rows.map((row) => (
              <tr key={row.key}>
                <RowHeader>{row.title}</RowHeader>
                {row.cells.map((cell, index) => (
                  <Cell key={columns[index]?.id ?? index}>
                    <span className="block">{`You: ${levelText(cell.own)}`}</span>
                    {cell.self === undefined ? null : <span className="block text-text-muted">{`Their own: ${levelText(cell.self)}`}</span>}
                  </Cell>
                ))}
              </tr>
            ))}
          </Table>
        </>
      )}
    </div>
  );
}
