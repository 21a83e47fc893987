import { SECOND_PERSON, type ReadingVoice } from '@/lib/domain/readiness-verdict';
import type { Gap } from '@/lib/domain/gaps';

const PRIORITY_COUNT = 3;

export type PriorityAction = 'develop' | 'calibrate' | 'in-plan';

export type Priority = Extract<Gap, { state: 'gap' }> & { action: PriorityAction; pinned: boolean };

/** The person's own say on an item's place among the priorities: kept on top, or set aside. */
export type PriorityChoice = 'PINNED' | 'DISMISSED';

/** The items below target, arranged: the priorities, the rest still eligible, and those set aside. */
export type ArrangedPriorities = {
  priorities: Priority[];
  /** Below target, neither shown as a priority nor dismissed: each can be pinned. */
  others: Priority[];
  /** Below target and dismissed: hidden from the priorities until restored. */
  dismissed: Priority[];
};

/** What the framework suggests asking for on an item the EM has had no opportunity to show. */
export type OpportunityPrompt = { stretch: string; question: string };

export type Opportunity = { key: string; title: string; mustHave: boolean } & OpportunityPrompt;

/** How the priorities are chosen, said to the EM in the app or about them by name in what they share. */
export function priorityRule(voice: ReadingVoice = SECOND_PERSON): string {
  if (!voice.named) {
    return 'Items you pin come first; items you dismiss are left out (listed under “Dismissed”, where you can restore them). Then must-have items below their target, then the largest gaps, then the framework’s order, up to three in all. An item you rated with low confidence says “calibrate first”: get a second view before planning for it. An item with an open goal says “in your plan” rather than asking for another. Items with no opportunity yet are listed apart, as opportunities to ask your manager or sponsor for.';
  }
  const name = voice.subject;
  return `Items ${name} pins come first; items ${voice.pronoun} dismiss are left out. Then must-have items below their target, then the largest gaps, then the framework’s order, up to three in all. An item rated with low confidence says “calibrate first”: a second view is worth having before planning for it. An item with an open goal says “in ${voice.possessive} plan” rather than asking for another. Items with no opportunity yet are listed apart, as opportunities for ${name} to ask a manager or sponsor for.`;
}

const ACTION_LABELS: Record<Exclude<PriorityAction, 'in-plan'>, string> = {
  develop: 'Develop first',
  calibrate: 'Calibrate first',
};

/** "Develop first", "Calibrate first", or "In your plan" ("In their plan" in what the EM shares). */
export function priorityActionLabel(action: PriorityAction, voice: ReadingVoice = SECOND_PERSON): string {
  return action === 'in-plan' ? `In ${voice.possessive} plan` : ACTION_LABELS[action];
}

// An open goal is already the answer to a gap, so it wins over the other
// labels; a rating given with low confidence may hide a different gap, so it
// is checked with someone else before effort goes into closing it.
function actionFor(gap: Priority | Extract<Gap, { state: 'gap' }>, openGoalItemKeys: ReadonlySet<string>): PriorityAction {
  if (openGoalItemKeys.has(gap.key)) return 'in-plan';
  if (gap.confidence === 'LOW') return 'calibrate';
  return 'develop';
}

/**
 * The items below target in the order the rule puts them: pinned first, then
 * must-haves, then the largest gaps, then the order they came in. Dismissed
 * items are set apart. Every pinned item is shown, even past `count`: a pin
 * is a promise that the item stays on top.
 */
export function arrangePriorities(
  gaps: readonly Gap[],
  openGoalItemKeys: ReadonlySet<string> = new Set(),
  choices: ReadonlyMap<string, PriorityChoice> = new Map(),
  count = PRIORITY_COUNT,
): ArrangedPriorities {
  const ranked = gaps
    .map((gap, index) => ({ gap, index }))
    .filter((entry): entry is { gap: Extract<Gap, { state: 'gap' }>; index: number } => entry.gap.state === 'gap')
    .map(({ gap, index }) => ({ index, priority: { ...gap, action: actionFor(gap, openGoalItemKeys), pinned: choices.get(gap.key) === 'PINNED' } }))
    .sort(
      (a, b) =>
        Number(b.priority.pinned) - Number(a.priority.pinned) ||
        Number(b.priority.mustHave) - Number(a.priority.mustHave) ||
        b.priority.gap - a.priority.gap ||
        a.index - b.index,
    )
    .map(({ priority }) => priority);
  const kept = ranked.filter((priority) => choices.get(priority.key) !== 'DISMISSED');
  const shown = Math.max(count, kept.filter((priority) => priority.pinned).length);
  return {
    priorities: kept.slice(0, shown),
    others: kept.slice(shown),
    dismissed: ranked.filter((priority) => choices.get(priority.key) === 'DISMISSED'),
  };
}

/** The items to work on first, each with what to do about it. */
export function pickPriorities(
  gaps: readonly Gap[],
  openGoalItemKeys: ReadonlySet<string> = new Set(),
  choices: ReadonlyMap<string, PriorityChoice> = new Map(),
  count = PRIORITY_COUNT,
): Priority[] {
  return arrangePriorities(gaps, openGoalItemKeys, choices, count).priorities;
}

/** Items marked "no opportunity yet", must-haves first, each with the stretch assignment to ask for and the question to put. */
export function listOpportunities(gaps: readonly Gap[], prompts: ReadonlyMap<string, OpportunityPrompt>): Opportunity[] {
  return gaps
    .map((gap, index) => ({ gap, index }))
    .filter(({ gap }) => gap.state === 'no-opportunity')
    .sort((a, b) => Number(b.gap.mustHave) - Number(a.gap.mustHave) || a.index - b.index)
    .flatMap(({ gap }) => {
      const prompt = prompts.get(gap.key);
      return prompt ? [{ key: gap.key, title: gap.title, mustHave: gap.mustHave, ...prompt }] : [];
    });
}
