import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportLinks } from '@/components/gaps/export-links';
import { LevelsFromForm } from '@/components/gaps/levels-from-form';
import { SummaryOverview } from '@/components/gaps/summary-overview';
import { SummaryPlan } from '@/components/plan/summary-plan';
import { ShareLinks } from '@/components/gaps/share-links';
import { FormMessage } from '@/components/ui/form-message';
import { requireUser } from '@/lib/auth/session';
import { getSummaryWithShareLinks } from '@/lib/data/summaries';
import { buildSummary } from '@/lib/domain/summary';
import { formatDate } from '@/lib/format/dates';
import { BackLink, PageTitle } from '@/components/layout/page-heading';
import { findByRouteId } from '@/lib/http/route-param';

export const metadata: Metadata = { title: 'Gaps and priorities' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Submitting lands here: what the person came for, with word that it worked.
const SUBMITTED = 'Submitted. This assessment is now dated and frozen: here is where it leaves you.';

export default async function GapsPage({ params, searchParams }: Props) {
  const user = await requireUser();
  // Scoped by owner; a draft simply has no links.
  const found = await findByRouteId((await params).id, (id) => getSummaryWithShareLinks(user, id));
  const summary = buildSummary(found.source);
  const { assessment } = summary;
  const agreed = found.source.items.filter((item) => item.agreed).length;
  const levelsFrom = found.source.assessment.levelsFrom ?? 'SELF';
  const justSubmitted = (await searchParams).notice === 'submitted' && assessment.status === 'SUBMITTED';
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <BackLink href={`/assessments/${assessment.id}`}>Back to the assessment</BackLink>
        <PageTitle>Gaps and priorities</PageTitle>
        <p className="text-text-muted">
          {assessment.status === 'DRAFT' ? 'Draft' : `Submitted ${formatDate(assessment.submittedAt ?? assessment.createdAt)}`} · framework version{' '}
          {assessment.frameworkVersion}
          {summary.previousSubmittedAt ? ` · compared with your assessment of ${formatDate(summary.previousSubmittedAt)}` : ''}
        </p>
        <p className="text-sm">
          <Link href={`/assessments/${assessment.id}/others/view`} className="link">
            Others’ view
          </Link>
          : how your manager, mentor and peers rated you, beside your own levels.
        </p>
      </header>
      {justSubmitted ? <FormMessage tone="success">{SUBMITTED}</FormMessage> : null}
      {assessment.status === 'SUBMITTED' && (agreed > 0 || levelsFrom === 'AGREED') ? (
        <LevelsFromForm assessmentId={assessment.id} levelsFrom={levelsFrom} agreed={agreed} />
      ) : null}
      {/* Each item's history runs over submitted assessments: this one, or an earlier one when this is a draft. */}
      <SummaryOverview summary={summary} addGoalFrom={assessment.id} historyLinks={assessment.status === 'SUBMITTED' || summary.previousSubmittedAt !== null} />
      <SummaryPlan summary={summary} now={new Date()} addGoalFrom={assessment.id} />
      <ExportLinks assessmentId={assessment.id} />
      {assessment.status === 'SUBMITTED' ? <ShareLinks assessmentId={assessment.id} links={found.shareLinks} now={new Date()} /> : null}
    </div>
  );
}
