import type { GoalGuide } from '@/lib/domain/item-standing';
import { describeStanding } from '@/lib/domain/item-standing';
import { formatDate } from '@/lib/format/dates';

/** Beside a new goal: where the person stands on the item, what they wrote, and what the next level looks like. */
export function GoalGuidePanel({ guide }: { guide: GoalGuide }) {
  const source = guide.draft ? `your draft assessment started ${formatDate(guide.assessedOn)}` : `your assessment of ${formatDate(guide.assessedOn)}`;
  return (
    <section aria-labelledby="guide-heading" className="space-y-4 rounded-lg border border-border bg-surface p-5">
      <div className="space-y-1">
        <h2 id="guide-heading" className="text-xl font-semibold">
          Where you stand
        </h2>
        <p className="text-sm text-text-muted">From {source}.</p>
      </div>
      <p className="font-medium">{describeStanding(guide)}</p>
      {guide.evidence.trim() ? (
        <div className="space-y-1">
          <h3 className="text-sm font-semibold">Your evidence</h3>
          <blockquote className="border-l-4 border-border-strong pl-3 text-sm whitespace-pre-line">{guide.evidence}</blockquote>
        </div>
      ) : null}
      {guide.next ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">
            The next level: {guide.next.level}
            {guide.next.name ? ` (${guide.next.name})` : ''}
          </h3>
          <p className="text-sm">{guide.next.text}</p>
          {guide.next.signals.length > 0 ? (
            <>
              <p className="text-sm font-medium">What someone could point to at that level:</p>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {guide.next.signals.map((signal) => (
                  <li key={signal}>{signal}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : (
        <p className="text-sm">You rated yourself at the top of the scale: a goal here keeps you there.</p>
      )}
    </section>
  );
}
