import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { levelText } from '@/lib/domain/gap-labels';
import { cardClasses } from '@/components/ui/card';
import { Cell, ColumnHeader, RowHeader, Table } from '@/components/ui/table';
import { PageSkeleton } from '@/components/layout/page-skeleton';
import { requireUser } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/session-user';
import { ownsAssessments } from '@/lib/data/assessments';
import { getAssessedItems } from '@/lib/data/summaries';
import { compareAssessments, type CompareItem, type CompareRow } from '@/lib/domain/compare';
import type { AssessedItems } from '@/lib/domain/summary';
import { formatDate } from '@/lib/format/dates';
import { idSchema } from '@/lib/validation/assessment';

export const metadata: Metadata = { title: 'Compare assessments' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const querySchema = z.object({ from: idSchema, to: idSchema });

function items(source: AssessedItems): CompareItem[] {
  return source.items.map((item) => ({
    key: item.key,
    title: item.title,
    sectionTitle: item.sectionTitle,
    level: item.answer?.level ?? null,
    noOpportunity: item.answer?.noOpportunity ?? false,
    evidence: item.answer?.evidence ?? '',
  }));
}

function sideText(side: CompareRow['then']): string {
  return side ? levelText(side.level, side.noOpportunity) : 'Not in this framework version';
}

function changeText(row: CompareRow): string {
  if (row.change === null) return '–';
  if (row.change === 0) return 'No change';
  return `${row.change > 0 ? '+' : '−'}${Math.abs(row.change)} level${Math.abs(row.change) === 1 ? '' : 's'}`;
}

export default async function ComparePage({ searchParams }: Props) {
  const user = await requireUser();
  const query = querySchema.safeParse(await searchParams);
  // Settled before anything streams, so someone else's assessment answers 404.
  if (!query.success || !(await ownsAssessments(user, [query.data.from, query.data.to]))) notFound();
  return (
    <Suspense fallback={<PageSkeleton label="Loading the comparison…" cards={1} />}>
      <Comparison user={user} from={query.data.from} to={query.data.to} />
    </Suspense>
  );
}

async function Comparison({ user, from, to }: { user: SessionUser; from: string; to: string }) {
  const [then, now] = await Promise.all([getAssessedItems(user, from), getAssessedItems(user, to)]);
  if (!then || !now) notFound();
  const rows = compareAssessments(items(then), items(now));
  const when = (source: AssessedItems) => formatDate(source.assessment.submittedAt ?? source.assessment.createdAt);

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/progress" className="link">
          Back to progress
        </Link>
      </p>
      <h1 className="text-3xl font-semibold tracking-tight">
        {when(then)} compared with {when(now)}
      </h1>
      {then.assessment.frameworkVersion !== now.assessment.frameworkVersion ? (
        <p className="text-text-muted">
          These were made on framework versions {then.assessment.frameworkVersion} and {now.assessment.frameworkVersion}; items are matched by their
          name in the framework.
        </p>
      ) : null}
      <Table
        caption="Each item: level then and now, the change, and the evidence of each"
        head={
          <>
            <ColumnHeader>Item</ColumnHeader>
            <ColumnHeader>{when(then)}</ColumnHeader>
            <ColumnHeader>{when(now)}</ColumnHeader>
            <ColumnHeader>Change</ColumnHeader>
            <ColumnHeader>Evidence then</ColumnHeader>
            <ColumnHeader>Evidence now</ColumnHeader>
          </>
        }
        className={cardClasses}
      >
        {rows.map((row) => (
          <tr key={row.key}>
            <RowHeader className="min-w-40">{row.title}</RowHeader>
            <Cell className="min-w-28">{sideText(row.then)}</Cell>
            <Cell className="min-w-28">{sideText(row.now)}</Cell>
            <Cell className="whitespace-nowrap">{changeText(row)}</Cell>
            <Cell className="max-w-xs min-w-48 whitespace-pre-wrap break-words text-text-muted">{row.then?.evidence || '–'}</Cell>
            <Cell className="max-w-xs min-w-48 whitespace-pre-wrap break-words text-text-muted">{row.now?.evidence || '–'}</Cell>
          </tr>
        ))}
      </Table>
    </div>
  );
}
