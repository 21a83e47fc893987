import { cardClasses } from '@/components/ui/card';
import { levelFigure, type OthersReveal, type RevealItem } from '@/lib/domain/others-reveal';
import { PeerComments } from './peer-comments';
import { itemAnchor } from './item-paths';
import { Section } from '@/components/ui/section';

type Revealed = Extract<OthersReveal, { revealed: true }>;

function ItemList({ id, title, intro, empty, items }: { id: string; title: string; intro: string; empty: string; items: RevealItem[] }) {
  return (
    <section aria-labelledby={id} className={`space-y-3 ${cardClasses}`}>
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      <p className="text-text-muted">{intro}</p>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {items.map((item) => (
            <li key={item.key}>
              {/* A place further down this page: nothing for the client router to do. */}
              <a href={`#${itemAnchor(item.key)}`} className="link">
                {item.title}
              </a>
              : you {levelFigure(item.comparison.self!)}, others {levelFigure(item.comparison.others!)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The summary that leads the page, the flagged items, blind spots and hidden strengths, and the overall comments. */
export function RevealOverview({ reveal }: { reveal: Revealed }) {
  return (
    <>
      <Section headingId="summary-heading" title="In short" className={`space-y-2 ${cardClasses}`}>
        {reveal.summary.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </Section>
      <ItemList
        id="talk-heading"
        title="Talk about this"
        intro="You and others are two levels or more apart on these items: worth a conversation."
        empty="No item is two levels or more apart."
        items={reveal.talkAbout}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <ItemList
          id="blind-heading"
          title="Blind spots"
          intro="You rate yourself higher than others do, widest difference first."
          empty="None: others rate you at least as high as you do on every item compared."
          items={reveal.blindSpots}
        />
        <ItemList
          id="hidden-heading"
          title="Hidden strengths"
          intro="Others rate you higher than you do, widest difference first."
          empty="None: you rate yourself at least as high as others do on every item compared."
          items={reveal.hiddenStrengths}
        />
      </div>
    </>
  );
}

/** Overall comments: named raters' with their names, peers' without, in random order. */
export function OverallComments({ reveal }: { reveal: Revealed }) {
  if (reveal.namedOverall.length === 0 && reveal.peerOverall.length === 0) return null;
  return (
    <Section headingId="overall-heading" title="Overall comments" className={`space-y-4 ${cardClasses}`}>
      {reveal.namedOverall.map((comment, index) => (
        <figure key={index} className="space-y-1">
          <blockquote className="border-l-4 border-border-strong pl-3 whitespace-pre-line">{comment.text}</blockquote>
          <figcaption className="text-sm text-text-muted">{comment.who}</figcaption>
        </figure>
      ))}
      <PeerComments heading={<h3 className="font-semibold">From peers and reports, without names, in random order</h3>} comments={reveal.peerOverall} />
    </Section>
  );
}
