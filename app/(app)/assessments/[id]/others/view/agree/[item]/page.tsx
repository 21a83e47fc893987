import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { BackLink, PageTitle } from '@/components/layout/page-heading';
import { AgreedLevelForm } from '@/components/others/agreed-level-form';
import { AGREED_WHO_SEES, ItemLevels, itemAnchor } from '@/components/others/reveal-item';
import { cardClasses } from '@/components/ui/card';
import { Section } from '@/components/ui/section';
import { requireUser } from '@/lib/auth/session';
import { getRevealSource } from '@/lib/data/others-reveal';
import { buildOthersReveal } from '@/lib/domain/others-reveal';
import { findByRouteId, parseRouteParam } from '@/lib/http/route-param';
import { itemKeySchema } from '@/lib/validation/goal';
import { agreedLevelAction } from '../../actions';

export const metadata: Metadata = { title: 'Agreed level' };

type Props = { params: Promise<{ id: string; item: string }> };

// Peers' comments are not shown on this page, so their order is not drawn.
const unshuffled = () => 0;

export default async function AgreedLevelPage({ params }: Props) {
  const user = await requireUser();
  const { id, item: rawKey } = await params;
  const key = parseRouteParam(itemKeySchema, rawKey);
  const { assessment, source } = await findByRouteId(id, (assessmentId) => getRevealSource(user, assessmentId));
  const viewPath = `/assessments/${assessment.id}/others/view`;
  const reveal = buildOthersReveal(source, unshuffled);
  // Nothing to agree before others' view is revealed: that page says why.
  if (!reveal.revealed) redirect(viewPath);
  const item = reveal.items.find((candidate) => candidate.key === key);
  if (!item) notFound();

  return (
    <div className="space-y-6">
      <BackLink href={`${viewPath}#${itemAnchor(item.key)}`}>Back to others’ view</BackLink>
      <header className="space-y-2">
        <PageTitle>Agreed level: {item.title}</PageTitle>
        <p className="text-text-muted">
          After talking it over, record the level you and someone agreed. It sits beside your own and others’ levels and never changes them.
        </p>
      </header>
      <Section headingId="levels-heading" title="Where you and others stand" size="medium" className={`space-y-4 ${cardClasses}`}>
        <ItemLevels item={item} peersShown={reveal.peersShown} />
      </Section>
      <Section headingId="agree-heading" title={item.agreed ? 'Change or clear the agreed level' : 'Record the agreed level'} size="medium" className={`space-y-4 ${cardClasses}`}>
        <p className="text-sm text-text-muted">{AGREED_WHO_SEES}</p>
        <AgreedLevelForm
          action={agreedLevelAction}
          assessmentId={assessment.id}
          itemId={item.id}
          itemTitle={item.title}
          levels={assessment.levels}
          current={item.agreed && { level: item.agreed.level, agreedWith: item.agreed.agreedWith, note: item.agreed.note }}
        />
      </Section>
    </div>
  );
}
