import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SummaryOverview } from '@/components/gaps/summary-overview';
import { SummaryItems } from '@/components/gaps/summary-items';
import { SummaryPlan } from '@/components/plan/summary-plan';
import { getSharedSummarySource } from '@/lib/data/share-links';
import { buildSummary } from '@/lib/domain/summary';
import { formatDate } from '@/lib/format/dates';
import { shareTokenSchema } from '@/lib/validation/share';

export const metadata: Metadata = {
  title: 'Shared development summary',
  robots: { index: false, follow: false, nocache: true },
  referrer: 'no-referrer',
};

type Props = { params: Promise<{ token: string }> };

// Public by design: the unguessable token is the permission. A revoked,
// expired or made-up token is indistinguishable from a page that never existed.
export default async function SharedSummaryPage({ params }: Props) {
  const token = shareTokenSchema.safeParse((await params).token);
  const source = token.success ? await getSharedSummarySource(token.data) : null;
  if (!source) notFound();
  const summary = buildSummary(source);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm text-ink-muted">Shared read-only through Headway</p>
        <h1 className="text-3xl font-semibold tracking-tight">{summary.owner.name ? `Development summary of ${summary.owner.name}` : 'Development summary'}</h1>
        <p className="text-ink-muted">
          Self-assessment against the Head of Engineering framework, submitted {formatDate(summary.assessment.submittedAt ?? summary.assessment.createdAt)}
        </p>
      </header>
      <SummaryOverview summary={summary} />
      <SummaryPlan summary={summary} now={new Date()} />
      <SummaryItems summary={summary} />
    </div>
  );
}
