import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BriefView } from '@/components/brief/brief-view';
import { SummaryOverview } from '@/components/gaps/summary-overview';
import { SummaryItems } from '@/components/gaps/summary-items';
import { SummaryPlan } from '@/components/plan/summary-plan';
import { getSharedSummaryWithBrief } from '@/lib/data/share-links';
import { buildBrief } from '@/lib/domain/brief';
import { buildSharedSummary } from '@/lib/domain/summary';
import { shareTokenSchema } from '@/lib/validation/share';
import { Section } from '@/components/ui/section';

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
  const found = token.success ? await getSharedSummaryWithBrief(token.data) : null;
  if (!found) notFound();
  const now = new Date();
  // The page is read by the EM's manager or coach: every part of it speaks of the EM by name.
  const summary = buildSharedSummary(found.source);
  // The brief first, as its subject chose it: the reader's page one.
  const brief = buildBrief(summary, found.choices, found.others, now, found.log);
  return (
    <div className="space-y-10">
      <p className="text-sm text-text-muted">Shared read-only through Headway</p>
      <BriefView brief={brief} level={1} />
      <Section headingId="detail-heading" title="The full summary" className="space-y-2">
        <p className="text-text-muted">The figures, priorities, plan and every item with its evidence, as {brief.subject} rated them.</p>
      </Section>
      <SummaryOverview summary={summary} />
      <SummaryPlan summary={summary} now={now} />
      <SummaryItems summary={summary} />
    </div>
  );
}
