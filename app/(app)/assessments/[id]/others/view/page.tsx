import type { Metadata } from 'next';
import Link from 'next/link';
import { OthersTable } from '@/components/others/others-table';
import { RevealHeader } from '@/components/others/reveal-header';
import { OverallComments, RevealOverview } from '@/components/others/reveal-overview';
import { cardClasses } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/session';
import { getRevealSource } from '@/lib/data/others-reveal';
import { buildOthersReveal } from '@/lib/domain/others-reveal';
import { scaleOf } from '@/lib/domain/rating-scale';
import { secureRandom } from '@/lib/security/secure-random';
import { findByRouteId } from '@/lib/http/route-param';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { title: 'Others’ view' };

type Props = { params: Promise<{ id: string }> };

export default async function OthersRevealPage({ params }: Props) {
  const user = await requireUser();
  const found = await findByRouteId((await params).id, (id) => getRevealSource(user, id));
  const { assessment } = found;
  const reveal = buildOthersReveal(found.source, secureRandom);
  const scale = scaleOf(assessment.levels);
  return (
    <div className="space-y-8">
      <RevealHeader assessment={assessment} countText={reveal.countText} />
      {reveal.revealed ? (
        <>
          <RevealOverview reveal={reveal} />
          <Section headingId="items-heading" title="Item by item" className="space-y-4">
            <p className="text-text-muted">
              Levels run from {scale.min} to {scale.max}. “No opportunity to see this” is counted, never used as a level. The difference is your level minus
              the middle of others’ levels. Open an item for what each person said about it and to record the level you agreed.
            </p>
            <OthersTable
              items={reveal.items}
              raters={reveal.items[0]?.named.map((rating) => rating.who) ?? []}
              peersShown={reveal.peersShown}
              scale={scale}
              assessmentId={assessment.id}
            />
          </Section>
          <OverallComments reveal={reveal} />
        </>
      ) : (
        <Section headingId="hidden-heading" title="Nothing to show yet" className={`space-y-3 ${cardClasses}`}>
          <p role="status" className="font-medium">
            {reveal.countText}
          </p>
          <p>{reveal.why}</p>
          <p>
            <Link href={`/assessments/${assessment.id}/others`} className="link">
              See who you asked, or invite someone
            </Link>
          </p>
        </Section>
      )}
    </div>
  );
}
