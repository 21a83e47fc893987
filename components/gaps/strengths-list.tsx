import Link from 'next/link';
import { BLANK_EVIDENCE } from '@/lib/domain/readiness';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { Section } from '@/components/ui/section';

const linkClasses = 'link inline-flex min-h-11 items-center';

/**
 * The items at or above target, named: what the person can already point to,
 * beside the gaps. A strength with no evidence or with low confidence says
 * so, since the figure counts it on the rating alone.
 */
export function StrengthsList({ summary, historyLinks = false }: { summary: DevelopmentSummary; historyLinks?: boolean }) {
  const evidence = new Map(summary.items.map((item) => [item.key, item.evidence]));
  return (
    <Section headingId="strengths-heading" title="Strengths" className="space-y-3">
      {summary.strengths.length === 0 ? (
        <p>{summary.readiness.rated === 0 ? 'Nothing is rated yet.' : 'No item is at or above its target yet.'}</p>
      ) : (
        <>
          <p className="text-text-muted">Items rated at or above target.</p>
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {summary.strengths.map((strength) => {
              const unsupported = BLANK_EVIDENCE.test(evidence.get(strength.key) ?? '') || strength.confidence === 'LOW';
              return (
                <li key={strength.key} className="flex flex-wrap items-center justify-between gap-x-4 px-5 py-2">
                  <span>
                    <span className="font-medium">{strength.title}</span>
                    <span className="text-sm text-text-muted">
                      {' '}
                      · level {strength.level}, target {strength.targetLevel}
                      {unsupported ? '; no evidence or low confidence yet' : ''}
                    </span>
                  </span>
                  {historyLinks ? (
                    <Link href={`/progress/items/${strength.key}`} className={linkClasses}>
                      How it moved<span className="sr-only">: {strength.title}</span>
                    </Link>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Section>
  );
}
