import { joinTitles, type Readiness } from '@/lib/domain/readiness';
import { readinessVerdict, SECOND_PERSON, type ReadingVoice } from '@/lib/domain/readiness-verdict';

type SectionReadiness = { title: string; readiness: Readiness };

/**
 * What follows the one-line verdict: why, where to start and what rests on
 * nothing. It repeats no count or figure the readiness panel prints beside it
 * (the figures, what is rated, targets below the step-up level); the average
 * behind a "not yet ready" is here because the panel prints no figure then.
 */
export function readReadinessDetail(
  overall: Readiness,
  sections: readonly SectionReadiness[],
  priorityTitles: readonly string[],
  voice: ReadingVoice = SECOND_PERSON,
): string {
  if (overall.state === 'unrated') {
    return voice.named ? `${voice.subject} has rated no item yet, so there is nothing to read.` : 'Rate the items you can, with evidence, to see where you stand.';
  }
  const parts: string[] = [];
  if (overall.state === 'low-coverage') {
    parts.push(
      voice.named
        ? `A figure needs more of the items rated: the opportunities below, or more of what ${voice.subject} can show, would give one.`
        : 'A figure needs more of the items rated: ask for the opportunities below, or rate what you can show.',
    );
  } else if (overall.state === 'not-yet-ready') {
    parts.push(`No average makes up for ${overall.mustHaveShort.length === 1 ? 'that' : 'those'}; across the items ${voice.pronoun} rated, the average is ${overall.percent}%.`);
  }
  const rated = sections.filter((section) => section.readiness.percent !== null);
  if (rated.length > 1) {
    const sorted = [...rated].sort((a, b) => (b.readiness.percent ?? 0) - (a.readiness.percent ?? 0));
    const strongest = sorted[0]!;
    const weakest = sorted.at(-1)!;
    if (strongest.readiness.percent !== weakest.readiness.percent) parts.push(`${strongest.title} is ${voice.whose} strongest section, ${weakest.title} the weakest.`);
  }
  if (overall.unsupported > 0) {
    parts.push(
      `${overall.unsupported} item${overall.unsupported === 1 ? ' is' : 's are'} rated at or above target with no evidence or with low confidence: the figure counts ${overall.unsupported === 1 ? 'it' : 'them'}, but nothing yet shows ${overall.unsupported === 1 ? 'it' : 'them'}.`,
    );
  }
  if (priorityTitles.length > 0) parts.push(voice.named ? `${voice.subject} starts with ${joinTitles(priorityTitles)}.` : `Start with ${joinTitles(priorityTitles)}.`);
  return parts.join(' ');
}

/** The verdict and what follows it, as one paragraph: for the exports, which print the figures apart from it. */
export function readReadiness(
  overall: Readiness,
  sections: readonly SectionReadiness[],
  priorityTitles: readonly string[],
  voice: ReadingVoice = SECOND_PERSON,
): string {
  return [readinessVerdict(overall, voice), readReadinessDetail(overall, sections, priorityTitles, voice)].filter(Boolean).join(' ');
}
