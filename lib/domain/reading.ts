import type { Readiness } from '@/lib/domain/readiness';

type SectionReadiness = { title: string; readiness: Readiness };

/** One paragraph that reads the figures back in plain language. */
export function readReadiness(overall: Readiness, sections: readonly SectionReadiness[], priorityTitles: readonly string[]): string {
  if (overall.percent === null) {
    return 'Nothing is rated yet, so there is no readiness figure. Rate the items you can, with evidence, to see where you stand.';
  }
  const parts: string[] = [];
  const band =
    overall.percent >= 90
      ? 'You are at or close to your targets on almost everything you rated.'
      : overall.percent >= 70
        ? 'You are most of the way to your targets, with clear gaps to close.'
        : overall.percent >= 50
          ? 'You are about halfway to your targets overall.'
          : 'You are early on the way to your targets: most items are some distance below them.';
  parts.push(`Overall readiness is ${overall.percent}% across the ${overall.rated} item${overall.rated === 1 ? '' : 's'} you rated. ${band}`);
  const rated = sections.filter((section) => section.readiness.percent !== null);
  if (rated.length > 1) {
    const sorted = [...rated].sort((a, b) => (b.readiness.percent ?? 0) - (a.readiness.percent ?? 0));
    const strongest = sorted[0]!;
    const weakest = sorted.at(-1)!;
    if (strongest.readiness.percent !== weakest.readiness.percent) {
      parts.push(`${strongest.title} is your strongest section (${strongest.readiness.percent}%), ${weakest.title} the weakest (${weakest.readiness.percent}%).`);
    }
  }
  if (priorityTitles.length > 0) parts.push(`Start with ${joinTitles(priorityTitles)}.`);
  const open = overall.unrated + overall.noOpportunity;
  if (open > 0) {
    parts.push(
      `${open} item${open === 1 ? ' is' : 's are'} not in the figure (${[
        overall.unrated ? `${overall.unrated} unrated` : '',
        overall.noOpportunity ? `${overall.noOpportunity} with no opportunity yet` : '',
      ]
        .filter(Boolean)
        .join(', ')}).`,
    );
  }
  return parts.join(' ');
}

function joinTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
}
