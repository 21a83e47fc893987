import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { levelText } from '@/components/gaps/gap-labels';
import { requireUser } from '@/lib/auth/session';
import { getSummarySource } from '@/lib/data/summaries';
import { compareAssessments, type CompareItem, type CompareRow } from '@/lib/domain/compare';
import type { SummarySource } from '@/lib/domain/summary';
import { formatDate } from '@/lib/format/dates';
import { idSchema } from '@/lib/validation/assessment';

export const metadata: Metadata = { title: 'Compare assessments' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const querySchema = z.object({ from: idSchema, to: idSchema });

function items(source: SummarySource): CompareItem[] {
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
  if (!query.success) notFound();
  const [then, now] = await Promise.all([getSummarySource(user, query.data.from), getSummarySource(user, query.data.to)]);
  if (!then || !now) notFound();
  const rows = compareAssessments(items(then), items(now));
  const when = (source: SummarySource) => formatDate(source.assessment.submittedAt ?? source.assessment.createdAt);

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/progress" className="underline underline-offset-4">
          Progress
        </Link>
      </p>
      <h1 className="text-3xl font-semibold tracking-tight">
        {when(then)} compared with {when(now)}
      </h1>
      {then.assessment.frameworkVersion !== now.assessment.frameworkVersion ? (
        <p className="text-ink-muted">
          These were made on framework versions {then.assessment.frameworkVersion} and {now.assessment.frameworkVersion}; items are matched by their
          name in the framework.
        </p>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Each item: level then and now, the change, and the evidence of each</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">Item</th>
              <th scope="col" className="py-2 pr-4">{when(then)}</th>
              <th scope="col" className="py-2 pr-4">{when(now)}</th>
              <th scope="col" className="py-2 pr-4">Change</th>
              <th scope="col" className="py-2 pr-4">Evidence then</th>
              <th scope="col" className="py-2">Evidence now</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-line align-top">
                <th scope="row" className="py-3 pr-4 font-medium">
                  {row.title}
                </th>
                <td className="py-3 pr-4">{sideText(row.then)}</td>
                <td className="py-3 pr-4">{sideText(row.now)}</td>
                <td className="py-3 pr-4 whitespace-nowrap">{changeText(row)}</td>
                <td className="max-w-xs py-3 pr-4 whitespace-pre-wrap break-words text-ink-muted">{row.then?.evidence || '–'}</td>
                <td className="max-w-xs py-3 whitespace-pre-wrap break-words text-ink-muted">{row.now?.evidence || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
