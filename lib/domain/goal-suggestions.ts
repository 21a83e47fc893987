/** What a goal on an item could aim at: the next level's signals and the framework's stretch opportunity. */
export type GoalSuggestionSource = {
  noOpportunity: boolean;
  next: { signals: readonly string[] } | null;
  stretch: string | null;
};

const MAX_SUGGESTIONS = 5;

// A level's signals also say what is still missing at it ("you did not always
// act…"): those describe where not to stay, so they are no action to take.
const SAYS_WHAT_IS_MISSING = /\b(not|no|never|nobody|none|cannot|only|mostly|uneven)\b|\bmost of your\b|n['’]t\b/i;

// "You look at…" → "you look at…"; an acronym or a name keeps its capital ("OKRs are…").
function lowerFirst(sentence: string): string {
  const [first = '', second = ''] = sentence;
  return second === second.toLowerCase() ? first.toLowerCase() + sentence.slice(1) : sentence;
}

/**
 * Actions to start a goal's "What will you do?" from: each signal of the next
 * level is something to get to. With no opportunity to show the item yet, the
 * framework's stretch comes first: it is how to get one.
 */
export function suggestGoalActions(source: GoalSuggestionSource): string[] {
  const fromSignals = (source.next?.signals ?? []).filter((signal) => !SAYS_WHAT_IS_MISSING.test(signal)).map((signal) => `Get to where ${lowerFirst(signal.trim())}`);
  const stretch = source.stretch ? [source.stretch.trim()] : [];
  const ordered = source.noOpportunity ? [...stretch, ...fromSignals] : [...fromSignals, ...stretch];
  return [...new Set(ordered)].slice(0, MAX_SUGGESTIONS);
}
