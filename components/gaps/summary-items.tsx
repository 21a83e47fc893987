import { agreedNote, type DevelopmentSummary } from '@/lib/domain/summary';
import { levelText } from '@/lib/domain/gap-labels';
import { Section } from '@/components/ui/section';

/** Item by item, read-only: level, target, confidence and evidence as written. */
export function SummaryItems({ summary }: { summary: DevelopmentSummary }) {
  return (
    <Section headingId="items-heading" title="Item by item" className="space-y-4">
      {summary.items.map((item) => (
        <article key={item.key} aria-labelledby={`item-${item.key}`} className="space-y-2 rounded-lg border border-border bg-surface p-5">
          <h3 id={`item-${item.key}`} className="text-lg font-semibold">
            {item.title}
          </h3>
          <p className="text-sm text-text-muted">{item.sectionTitle}</p>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">Level now</dt>
            <dd>
              {levelText(item.level, item.noOpportunity)}
              {item.levelName ? ` · ${item.levelName}` : ''}
              {agreedNote(item) ? ` · ${agreedNote(item)}` : ''}
              {item.descriptor ? <span className="block text-sm text-text-muted">{item.descriptor}</span> : null}
            </dd>
            <dt className="font-medium">Target</dt>
            <dd>{item.targetLevel}</dd>
            <dt className="font-medium">Confidence</dt>
            <dd>{item.confidence?.toLowerCase() ?? 'not given'}</dd>
            <dt className="font-medium">Evidence</dt>
            <dd className="whitespace-pre-wrap break-words">{item.evidence || 'None written.'}</dd>
          </dl>
        </article>
      ))}
    </Section>
  );
}
