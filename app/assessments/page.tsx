import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { requireUser } from '@/lib/auth/session';
import { getDraftId, listAssessments } from '@/lib/data/assessments';
import { computeReadiness, describeReadiness } from '@/lib/domain/readiness';
import { formatDate } from '@/lib/format/dates';
import { z } from 'zod';

export const metadata: Metadata = { title: 'Your assessments' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// A page of history at a time: a quarterly habit kept for years stays one quick page.
const HISTORY_PAGE_SIZE = 20;
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function AssessmentsPage({ searchParams }: Props) {
  const user = await requireUser();
  const query = await searchParams;
  const page = pageSchema.parse(query.page ?? 1);
  // One more than a page: whether older assessments exist, without counting them all.
  const [rows, draftId] = await Promise.all([
    listAssessments(user, { skip: (page - 1) * HISTORY_PAGE_SIZE, take: HISTORY_PAGE_SIZE + 1 }),
    getDraftId(user),
  ]);
  const assessments = rows.slice(0, HISTORY_PAGE_SIZE);
  const hasOlder = rows.length > HISTORY_PAGE_SIZE;
  const deleted = query.notice === 'deleted';
  const hasDraft = draftId !== null;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-semibold tracking-tight">Your assessments</h1>
        <Link href="/assess" className={buttonClasses()}>
          {hasDraft ? 'Continue your draft' : 'Start an assessment'}
        </Link>
      </div>
      {deleted ? <FormMessage tone="success">The assessment was deleted.</FormMessage> : null}
      {assessments.length === 0 ? (
        <p className="text-ink-muted">
          {page === 1
            ? 'No assessments yet. Start one to see where you stand against the Head of Engineering framework.'
            : 'No older assessments.'}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Your assessments, newest first</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">Date</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2 pr-4">Rated</th>
                <th scope="col" className="py-2 pr-4">Readiness</th>
                <th scope="col" className="py-2"><span className="sr-only">Open</span></th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((assessment) => {
                const readiness = computeReadiness(assessment.answers);
                const date = formatDate(assessment.submittedAt ?? assessment.createdAt);
                return (
                  <tr key={assessment.id} className="border-b border-line">
                    <td className="py-3 pr-4 whitespace-nowrap">{date}</td>
                    <td className="py-3 pr-4">{assessment.status === 'DRAFT' ? 'Draft' : 'Submitted'}</td>
                    <td className="py-3 pr-4">
                      {readiness.rated + readiness.noOpportunity} of {readiness.total}
                    </td>
                    <td className="py-3 pr-4">{readiness.percent === null ? 'Not rated yet' : `${readiness.percent}%`}</td>
                    <td className="py-3">
                      <Link href={`/assessments/${assessment.id}`} className="text-accent underline underline-offset-4">
                        Open<span className="sr-only"> the {assessment.status === 'DRAFT' ? 'draft' : 'assessment'} of {date} ({describeReadiness(readiness)})</span>
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {page > 1 || hasOlder ? (
        <nav aria-label="Pages of your assessments" className="flex gap-6">
          {page > 1 ? (
            <Link href={page === 2 ? '/assessments' : `/assessments?page=${page - 1}`} className="text-accent underline underline-offset-4">
              Newer assessments
            </Link>
          ) : null}
          {hasOlder ? (
            <Link href={`/assessments?page=${page + 1}`} className="text-accent underline underline-offset-4">
              Older assessments
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
