import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { AssessmentStatusBadge } from '@/components/assessment/status-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { FormMessage } from '@/components/ui/form-message';
import { Cell, ColumnHeaders, RowHeader, Table } from '@/components/ui/table';
import { requireUser } from '@/lib/auth/session';
import { getDraftId, listAssessments } from '@/lib/data/assessments';
import { describeReadiness, READINESS_MEASURE, readinessHeadline } from '@/lib/domain/readiness';
import { measureLabel } from '@/lib/domain/targets';
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
        <div className="space-y-1">
          <h1 className="text-3xl font-semibold tracking-tight">Your assessments</h1>
          <p className="text-text-muted">Every assessment you have made, with its readiness.</p>
        </div>
        <Link href="/assess" className={buttonClasses()}>
          {hasDraft ? 'Continue your draft' : 'Start an assessment'}
        </Link>
      </div>
      {deleted ? <FormMessage tone="success">The assessment was deleted.</FormMessage> : null}
      {assessments.length === 0 && page > 1 ? (
        <p className="text-text-muted">
          No older assessments.{' '}
          <Link href="/assessments" className="link">
            Back to the newest
          </Link>
        </p>
      ) : assessments.length === 0 ? (
        <EmptyState
          title="No assessments yet"
          action={
            <Link href="/assess" className={buttonClasses()}>
              Start your first assessment
            </Link>
          }
        >
          <p>Rate yourself against the Head of Engineering framework. Each one you submit is kept here, dated, so you can see how you change.</p>
        </EmptyState>
      ) : (
        <Table
          caption="Your assessments, newest first"
          head={<ColumnHeaders names={['Date', 'Status', 'Rated', 'Readiness', 'Measured against']} controls="Open" />}
        >
          {assessments.map((assessment) => {
            const { readiness } = assessment;
            const date = formatDate(assessment.submittedAt ?? assessment.createdAt);
            return (
              <tr key={assessment.id}>
                <RowHeader className="whitespace-nowrap">{date}</RowHeader>
                <Cell>
                  <AssessmentStatusBadge status={assessment.status} />
                </Cell>
                <Cell className="whitespace-nowrap">{`${readiness.rated + readiness.noOpportunity} of ${readiness.total}`}</Cell>
                <Cell>
                  {readinessHeadline(readiness)}
                  {readiness.targetsBelowStepUp > 0 ? (
                    <span className="block text-sm text-text-muted">
                      {readiness.targetsBelowStepUp} target{readiness.targetsBelowStepUp === 1 ? '' : 's'} below the step-up level
                    </span>
                  ) : null}
                </Cell>
                <Cell>{measureLabel(assessment.measure)}</Cell>
                <Cell className="text-right">
                  {/* A plain link, not next/link: on a page of up to twenty rows, a Link
                      each is about half of what a row costs to serve, and would have the
                      browser prefetch every listed assessment. */}
                  <a href={`/assessments/${assessment.id}`} className="link">
                    Open<span className="sr-only">{` the ${assessment.status === 'DRAFT' ? 'draft' : 'assessment'} of ${date} (${describeReadiness(readiness)})`}</span>
                  </a>
                </Cell>
              </tr>
            );
          })}
        </Table>
      )}
      {assessments.length > 0 ? <p className="text-sm text-text-muted">{READINESS_MEASURE}</p> : null}
      {page > 1 || hasOlder ? (
        <nav aria-label="Pages of your assessments" className="flex gap-6">
          {page > 1 ? (
            <Link href={page === 2 ? '/assessments' : `/assessments?page=${page - 1}`} className="link">
              Newer assessments
            </Link>
          ) : null}
          {hasOlder ? (
            <Link href={`/assessments?page=${page + 1}`} className="link">
              Older assessments
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
