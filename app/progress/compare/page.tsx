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
import { compareAssessments, describeCommonCoverage, readinessOfItems, readinessOverCommonItems, type CompareItem, type CompareRow } from '@/lib/domain/compare';
import { describeReadiness, READINESS_MEASURE } from '@/lib/domain/readiness';
import { describeMeasureDifference, measureLabel } from '@/lib/domain/targets';
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
  const common = readinessOverCommonItems(then.items, now.items);
  const measures = describeMeasureDifference(then.assessment.measure, now.assessment.measure);
  const sides = [
    { source: then, over: common.then },
    { source: now, over: common.now },
  ];

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
      <section aria-labelledby="compare-readiness-heading" className="space-y-3">
        <h2 id="compare-readiness-heading" className="text-2xl font-semibold">
          Readiness
        </h2>
        <p>{describeCommonCoverage(common)}</p>
        {measures ? <p>{measures}</p> : null}
        <Table
          caption="Readiness of each assessment over the items rated in both, and over all it rated"
          head={
            <>
              <ColumnHeader>Assessment</ColumnHeader>
              <ColumnHeader>Measured against</ColumnHeader>
              <ColumnHeader>Over the items rated in both</ColumnHeader>
              <ColumnHeader>Over all it rated</ColumnHeader>
            </>
          }
          className={cardClasses}
        >
          {sides.map(({ source, over }) => (
            <tr key={source.assessment.id}>
              <RowHeader className="whitespace-nowrap">{when(source)}</RowHeader>
              <Cell>{measureLabel(source.assessment.measure)}</Cell>
              <Cell>{describeReadiness(over)}</Cell>
              <Cell>{describeReadiness(readinessOfItems(source.items))}</Cell>
            </tr>
          ))}
        </Table>
        <p className="text-sm text-text-muted">
          {READINESS_MEASURE} Each assessment is read against its own targets; a target set below the framework’s “ready to step up” level is
          counted in its row.
        </p>
      </section>
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
