import type { Gap } from '@/lib/domain/gaps';

const PRIORITY_COUNT = 3;

export type PriorityAction = 'develop' | 'calibrate' | 'in-plan';

export type Priority = Extract<Gap, { state: 'gap' }> & { action: PriorityAction };

/** What the framework suggests asking for on an item the EM has had no opportunity to show. */
export type OpportunityPrompt = { stretch: string; question: string };

export type Opportunity = { key: string; title: string; mustHave: boolean } & OpportunityPrompt;

export const PRIORITY_RULE =
  'Must-have items below their target come first, then the largest gaps, then the framework’s order. An item you rated with low confidence says “calibrate first”: get a second view before planning for it. An item with an open goal says “in your plan” rather than asking for another. Items with no opportunity yet are listed apart, as opportunities to ask your manager or sponsor for.';

export const PRIORITY_ACTION_LABELS: Record<PriorityAction, string> = {
  develop: 'Develop first',
  calibrate: 'Calibrate first',
  'in-plan': 'In your plan',
};

// An open goal is already the answer to a gap, so it wins over the other
// labels; a rating given with low confidence may hide a different gap, so it
// is checked with someone else before effort goes into closing it.
function actionFor(gap: Priority | Extract<Gap, { state: 'gap' }>, openGoalItemKeys: ReadonlySet<string>): PriorityAction {
  if (openGoalItemKeys.has(gap.key)) return 'in-plan';
  if (gap.confidence === 'LOW') return 'calibrate';
  return 'develop';
}

/** The items to work on first, each with what to do about it. */
export function pickPriorities(gaps: readonly Gap[], openGoalItemKeys: ReadonlySet<string> = new Set(), count = PRIORITY_COUNT): Priority[] {
  return gaps
    .map((gap, index) => ({ gap, index }))
    .filter((entry): entry is { gap: Extract<Gap, { state: 'gap' }>; index: number } => entry.gap.state === 'gap')
    .sort((a, b) => Number(b.gap.mustHave) - Number(a.gap.mustHave) || b.gap.gap - a.gap.gap || a.index - b.index)
    .slice(0, count)
    .map(({ gap }) => ({ ...gap, action: actionFor(gap, openGoalItemKeys) }));
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
