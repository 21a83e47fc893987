import { Badge } from '@/components/ui/badge';
import { cardClasses } from '@/components/ui/card';
import { formatDate } from '@/lib/format/dates';
import { differenceText, levelFigure, ratedText, type RevealItem } from '@/lib/domain/others-reveal';
import { peerText } from './others-table';

/** Said before the EM writes an agreed level, in the terms of the project's visibility rules. */
export const AGREED_WHO_SEES =
  'Only you see an agreed level and its note. The people who rated you do not; your brief, exports and share page show it only if you include others’ view in them, or if you choose on the gap view to start your gaps from agreed levels (then the level and who agreed it, never the note).';

type Props = { item: RevealItem; assessmentId: string };

export const itemAnchor = (key: string) => `item-${key}`;

/** One item's own page: its levels, peers' comments and the agreed level's form. */
export const itemPath = (assessmentId: string, key: string) => `/assessments/${assessmentId}/others/view/${key}`;

/** Where the item's page holds peers' comments and the agreed level's form: the links below lead straight there. */
export const PEER_COMMENTS_ANCHOR = 'peer-comments';
export const AGREE_ANCHOR = 'agree';

const peerCommentsText = (count: number) => (count === 1 ? 'Read the comment from a peer or report' : `Read the ${count} comments from peers and reports`);

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

/** The item's levels in one line, as the table gives them: the card adds what the table cannot hold. */
export function levelsLine(item: RevealItem): string {
  const others = item.comparison.others === null ? 'None' : levelFigure(item.comparison.others);
  return `You: ${ratedText(item.self)} · Others, middle: ${others} · Difference: ${differenceText(item.comparison.difference)}`;
}

/**
 * One item on the overview: its flags, its levels in a line, what named
 * raters said about it, the agreed level, and the way to the item's own page
 * for every level in full, peers' comments and the agreed level's form. Those
 * live there because with 20 raters they are hundreds of comments and eleven
 * forms, read or used one item at a time; each level is in the table above.
 */
export function RevealItemCard({ item, assessmentId }: Props) {
  const headingId = itemAnchor(item.key);
  const comments = item.named.filter((rating) => rating.comment.trim());
  return (
    <article aria-labelledby={headingId} className={`space-y-3 ${cardClasses}`}>
      <div className="flex flex-wrap items-center gap-3">
        <h3 id={headingId} className="text-xl font-semibold">
          {item.title}
        </h3>
        {item.comparison.talkAboutThis ? <Badge tone="warning">Talk about this</Badge> : null}
        {item.comparison.kind === 'blind spot' ? <Badge tone="neutral">Blind spot</Badge> : null}
        {item.comparison.kind === 'hidden strength' ? <Badge tone="success">Hidden strength</Badge> : null}
      </div>
      <p>{levelsLine(item)}</p>
      {comments.map((rating, index) => (
        <figure key={index} className="space-y-1">
          <blockquote className="border-l-4 border-border-strong pl-3 whitespace-pre-line">{rating.comment.trim()}</blockquote>
          <figcaption className="text-sm text-text-muted">
            {`${rating.who}: ${ratedText(rating)}`}
          </figcaption>
        </figure>
      ))}
      {item.agreed ? (
        <div>
          <p>
            <span className="font-semibold">Agreed:</span> Level {item.agreed.level}, with {item.agreed.agreedWith} on {formatDate(item.agreed.agreedAt)}
          </p>
          {item.agreed.note ? <p className="text-text-muted whitespace-pre-line">{item.agreed.note}</p> : null}
        </div>
      ) : null}
      {/* Plain links, not next/link: eleven cards with a Link or two each are a
          large share of what the page costs to serve, and would have the browser
          prefetch every item's page as the cards scroll into view. */}
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {item.peerComments.length > 0 ? (
          <li>
            <a href={`${itemPath(assessmentId, item.key)}#${PEER_COMMENTS_ANCHOR}`} className="link font-medium">
              {peerCommentsText(item.peerComments.length)} <span className="sr-only">on {item.title}</span>
            </a>
          </li>
        ) : null}
        <li>
          <a href={`${itemPath(assessmentId, item.key)}#${AGREE_ANCHOR}`} className="link font-medium">
            {item.agreed ? 'Change or clear the agreed level' : 'Record an agreed level'} <span className="sr-only">for {item.title}</span>
          </a>
        </li>
      </ul>
    </article>
  );
}
