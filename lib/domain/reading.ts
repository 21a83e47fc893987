import { describeCoverage, joinTitles, MIN_COVERAGE_PERCENT, type Readiness } from '@/lib/domain/readiness';

/**
 * Who a reading is about: the EM, spoken to in the app ("You are … your"), or
 * spoken of by name in what they share ("Sam is … their").
 */
export type ReadingVoice = { subject: string; be: 'are' | 'is'; possessive: string; pronoun: string };

export const SECOND_PERSON: ReadingVoice = { subject: 'You', be: 'are', possessive: 'your', pronoun: 'you' };

export const thirdPersonOf = (name: string): ReadingVoice => ({ subject: name, be: 'is', possessive: 'their', pronoun: 'they' });

/** What a readiness figure means, in one sentence, in either voice. */
export function readinessBand(percent: number, voice: ReadingVoice = SECOND_PERSON): string {
  const { subject, be, possessive, pronoun } = voice;
  if (percent >= 90) return `${subject} ${be} at or close to ${possessive} targets on almost everything ${pronoun} rated.`;
  if (percent >= 70) return `${subject} ${be} most of the way to ${possessive} targets, with clear gaps to close.`;
  if (percent >= 50) return `${subject} ${be} about halfway to ${possessive} targets overall.`;
  return `${subject} ${be} early on the way to ${possessive} targets: most items are some distance below them.`;
}

type SectionReadiness = { title: string; readiness: Readiness };

/** One paragraph that reads the figures back in plain language, the one that rules someone out first. */
export function readReadiness(overall: Readiness, sections: readonly SectionReadiness[], priorityTitles: readonly string[]): string {
  if (overall.state === 'unrated') {
    return 'Nothing is rated yet, so there is no readiness figure. Rate the items you can, with evidence, to see where you stand.';
  }
  const parts: string[] = [];
  if (overall.state === 'low-coverage') {
    parts.push(
      `Too little is rated for a readiness figure: ${describeCoverage(overall)}. A figure needs at least ${MIN_COVERAGE_PERCENT}% of the items rated; ask for the opportunities below, or rate what you can show.`,
    );
  } else if (overall.state === 'not-yet-ready') {
    const short = overall.mustHaveShort;
    parts.push(
      `Not yet ready: ${joinTitles(short)} ${short.length === 1 ? 'is a must-have' : 'are must-haves'} two or more levels below target, which no average makes up for. The average across the ${overall.rated} items you rated is ${overall.percent}%.`,
    );
  } else {
    parts.push(`Overall readiness is ${overall.percent}% across the ${overall.rated} item${overall.rated === 1 ? '' : 's'} you rated. ${readinessBand(overall.percent!)}`);
  }
  const rated = sections.filter((section) => section.readiness.percent !== null);
  if (rated.length > 1) {
    const sorted = [...rated].sort((a, b) => (b.readiness.percent ?? 0) - (a.readiness.percent ?? 0));
    const strongest = sorted[0]!;
    const weakest = sorted.at(-1)!;
    if (strongest.readiness.percent !== weakest.readiness.percent) {
      parts.push(`${strongest.title} is your strongest section (${strongest.readiness.percent}%), ${weakest.title} the weakest (${weakest.readiness.percent}%).`);
    }
  }
  if (overall.unsupported > 0) {
    parts.push(
      `${overall.unsupported} item${overall.unsupported === 1 ? ' is' : 's are'} rated at or above target with no evidence or with low confidence: the figure counts ${overall.unsupported === 1 ? 'it' : 'them'}, but nothing yet shows ${overall.unsupported === 1 ? 'it' : 'them'}.`,
    );
  }
  if (overall.targetsBelowStepUp > 0) {
    parts.push(
      `${overall.targetsBelowStepUp} of your targets ${overall.targetsBelowStepUp === 1 ? 'is' : 'are'} below the framework’s “ready to step up” level, so the figure asks less than the framework does.`,
    );
  }
  if (priorityTitles.length > 0) parts.push(`Start with ${joinTitles(priorityTitles)}.`);
  const open = overall.unrated + overall.noOpportunity;
  if (open > 0 && overall.state !== 'low-coverage') {
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
