import type { DevelopmentSummary } from '@/lib/domain/summary';

/** "you", "your", "you’re" and the like, as whole words: "Youssef" is not one. */
export const SECOND_PERSON_WORDS = /\b(you|your|yours|yourself|yourselves)\b|\byou['’](re|ve|ll|d)\b/i;

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What a shared output quotes as written rather than says in its own voice:
 * the EM's own words (evidence, goals, notes), and the framework's text (a
 * level's descriptor, what a resource helps with, the stretch and the question
 * it suggests asking a manager, in which "you" is that manager). These are the
 * only exceptions the third-person checks allow, and they are removed as
 * whole passages, so a "you" in the output's own words is still found.
 */
export function quotedPassages(summary: DevelopmentSummary): string[] {
  return [
    ...summary.items.flatMap((item) => [item.evidence, item.descriptor ?? '', ...item.resources.map((resource) => resource.how)]),
    ...summary.priorities.flatMap((priority) => priority.resources.map((resource) => resource.how)),
    ...summary.opportunities.flatMap((opportunity) => [opportunity.stretch, opportunity.question]),
    ...summary.goals.flatMap((goal) => [goal.action, goal.successMeasure, ...goal.notes.map((note) => note.text)]),
  ]
    .map(spaced)
    .filter((text) => text.length > 0)
    // Longest first, so a passage inside another is not removed from the middle of it first.
    .sort((a, b) => b.length - a.length);
}

/** The output's own words: its text with the quoted passages taken out, on one line. */
export function ownWords(text: string, summary: DevelopmentSummary): string {
  return quotedPassages(summary).reduce((rest, passage) => rest.split(passage).join(' … '), spaced(text));
}

/** Each place the output speaks in the second person, with a little of its context, for a readable failure. */
export function secondPersonIn(text: string): string[] {
  const pattern = new RegExp(SECOND_PERSON_WORDS.source, 'gi');
  return [...text.matchAll(pattern)].map((match) => text.slice(Math.max(0, match.index - 40), match.index + 40));
}
