import { formatDate } from '@/lib/format/dates';
import { differenceText, ratedText, type RevealItem } from '@/lib/domain/others-reveal';
import { peerText } from './others-table';

/** Said before the EM writes an agreed level, in the terms of the project's visibility rules. */
export const AGREED_WHO_SEES =
  'Only you see an agreed level and its note. The people who rated you do not; your brief, exports and share page show it only if you include others’ view in them, or if you choose on the gap view to start your gaps from agreed levels (then the level and who agreed it, never the note).';

/** One item's levels as the EM may see them: their own, each named rater's with their comment, the peers', the difference and any agreed level. */
export function ItemLevels({ item, peersShown }: { item: RevealItem; peersShown: boolean }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,auto)_1fr]">
      <dt className="font-semibold">You</dt>
      <dd>{ratedText(item.self)}</dd>
      {item.named.map((rating, index) => (
        <div key={index} className="contents">
          <dt className="font-semibold">{rating.who}</dt>
          <dd className="space-y-1">
            <p>{ratedText(rating)}</p>
            {rating.comment.trim() ? <blockquote className="border-l-4 border-border-strong pl-3 whitespace-pre-line">{rating.comment.trim()}</blockquote> : null}
          </dd>
        </div>
      ))}
      <dt className="font-semibold">Peers or reports</dt>
      <dd>
        {peerText(item, peersShown)}
        {item.peerNoOpportunity ? `; ${item.peerNoOpportunity} had no opportunity to see this` : ''}
      </dd>
      <dt className="font-semibold">Difference</dt>
      <dd>{differenceText(item.comparison.difference)}</dd>
      <dt className="font-semibold">Agreed</dt>
      <dd>
        {item.agreed ? (
          <>
            <p>
              Level {item.agreed.level}, with {item.agreed.agreedWith} on {formatDate(item.agreed.agreedAt)}
            </p>
            {item.agreed.note ? <p className="text-text-muted whitespace-pre-line">{item.agreed.note}</p> : null}
          </>
        ) : (
          'None recorded'
        )}
      </dd>
    </dl>
  );
}
