import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { BackLink, PageTitle } from '@/components/layout/page-heading';
import { AgreedLevelForm } from '@/components/others/agreed-level-form';
import { PeerComments } from '@/components/others/peer-comments';
import { itemAnchor } from '@/components/others/item-paths';
import { AGREED_WHO_SEES, ItemLevels } from '@/components/others/reveal-item';
import { cardClasses } from '@/components/ui/card';
import { Section } from '@/components/ui/section';
import { requireUser } from '@/lib/auth/session';
import { getRevealSource } from '@/lib/data/others-reveal';
import { buildOthersReveal } from '@/lib/domain/others-reveal';
import { findByRouteId, parseRouteParam } from '@/lib/http/route-param';
import { secureRandom } from '@/lib/security/secure-random';
import { itemKeySchema } from '@/lib/validation/goal';
import { agreedLevelAction } from '../actions';

export const metadata: Metadata = { title: 'One item in others’ view' };

type Props = { params: Promise<{ id: string; item: string }> };

/** One item in full: every level the EM may see, what peers and reports said about it, and its agreed level. */
export default async function OthersItemPage({ params }: Props) {
  const user = await requireUser();
  const { id, item: rawKey } = await params;
  const key = parseRouteParam(itemKeySchema, rawKey);
  const { assessment, source } = await findByRouteId(id, (assessmentId) => getRevealSource(user, assessmentId));
  const viewPath = `/assessments/${assessment.id}/others/view`;
  const reveal = buildOthersReveal(source, secureRandom);
  // Nothing to show before others' view is revealed: that page says why.
  if (!reveal.revealed) redirect(viewPath);
  const item = reveal.items.find((candidate) => candidate.key === key);
  if (!item) notFound();

  return (
    <div className="space-y-6">
      <BackLink href={`${viewPath}#${itemAnchor(item.key)}`}>Back to others’ view</BackLink>
      <header className="space-y-2">
        <PageTitle>{item.title}</PageTitle>
        <p className="text-text-muted">Where you and others stand on this item, what each person said about it, and the level you agreed.</p>
      </header>
      <Section headingId="levels-heading" title="Where you and others stand" size="medium" className={`space-y-4 ${cardClasses}`}>
        <ItemLevels item={item} peersShown={reveal.peersShown} />
      </Section>
      {item.peerComments.length > 0 ? (
        <Section headingId="peer-comments" title="What peers and reports said" size="medium" className={`space-y-4 ${cardClasses}`}>
          <PeerComments heading={<p className="text-text-muted">Without names, in a new random order each time you open this page.</p>} comments={item.peerComments} />
        </Section>
      ) : null}
      <Section headingId="agree" title={item.agreed ? 'Change or clear the agreed level' : 'Record the agreed level'} size="medium" className={`space-y-4 ${cardClasses}`}>
        <p className="text-text-muted">After talking it over, record the level you and someone agreed. It sits beside your own and others’ levels and never changes them.</p>
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
