import { describe, expect, test } from 'vitest';
import { computeGaps, gapOf, gapScale, type ItemAnswer } from '@/lib/domain/gaps';
import { listOpportunities, pickPriorities } from '@/lib/domain/priorities';
import { readReadiness } from '@/lib/domain/reading';
import { computeSectionReadiness, type ReadinessInput } from '@/lib/domain/readiness';

let counter = 0;
function answer(level: number | null, fields: Partial<ItemAnswer> = {}): ItemAnswer {
  counter += 1;
  return { key: `item-${counter}`, title: `Item ${counter}`, sectionKey: 'skill-areas', level, noOpportunity: false, targetLevel: 4, confidence: 'MEDIUM', mustHave: false, ...fields };
}

const forReadiness = (item: ItemAnswer): ReadinessInput => ({ ...item, stepUpLevel: null, evidence: 'Shown in the quarterly review.' });
const computeReadiness = (items: ItemAnswer[]) => computeSectionReadiness(items.map(forReadiness));

describe('gapOf', () => {
  test.each([
    ['below target', answer(2), { state: 'gap', gap: 2 }],
    ['at target', answer(4), { state: 'at-target', gap: 0 }],
    ['above target', answer(5), { state: 'at-target', gap: 0 }],
    ['unrated', answer(null), { state: 'unrated', gap: null }],
    ['no opportunity yet', answer(null, { noOpportunity: true }), { state: 'no-opportunity', gap: null }],
  ])('%s', (_, input, expected) => {
    expect(gapOf(input)).toMatchObject(expected);
  });
});

describe('computeGaps', () => {
  test('orders the largest gap first, then items at target, then those without a level', () => {
    const items = [answer(4), answer(null), answer(3), answer(null, { noOpportunity: true }), answer(1), answer(5)];
    expect(computeGaps(items).map((gap) => [gap.key, gap.state, gap.gap])).toEqual([
      [items[4]!.key, 'gap', 3],
      [items[2]!.key, 'gap', 1],
      [items[0]!.key, 'at-target', 0],
      [items[5]!.key, 'at-target', 0],
      [items[3]!.key, 'no-opportunity', null],
      [items[1]!.key, 'unrated', null],
    ]);
  });

  test('handles an empty assessment', () => {
    expect(computeGaps([])).toEqual([]);
  });
});

describe('pickPriorities', () => {
  test('picks the three largest gaps', () => {
    const items = [answer(3), answer(1), answer(2), answer(2, { targetLevel: 5 }), answer(4)];
    expect(pickPriorities(computeGaps(items)).map((gap) => gap.key)).toEqual([items[1]!.key, items[3]!.key, items[2]!.key]);
  });

  test('puts must-haves first, then the largest gaps, then the framework order', () => {
    const items = [answer(2), answer(3, { mustHave: true }), answer(1), answer(2, { mustHave: true }), answer(1)];
    expect(pickPriorities(computeGaps(items)).map((gap) => gap.key)).toEqual([items[3]!.key, items[1]!.key, items[2]!.key]);
  });

  test.each([
    ['medium confidence', { confidence: 'MEDIUM' }, new Set<string>(), 'develop'],
    ['no confidence given', { confidence: null }, new Set<string>(), 'develop'],
    ['low confidence: get a second view first', { confidence: 'LOW' }, new Set<string>(), 'calibrate'],
    ['an open goal on the item: in your plan, no second goal proposed', { confidence: 'MEDIUM' }, new Set(['planned']), 'in-plan'],
    ['an open goal wins over low confidence', { confidence: 'LOW' }, new Set(['planned']), 'in-plan'],
  ] as const)('says what to do about a gap with %s', (_, fields, openGoals, action) => {
    const [priority] = pickPriorities(computeGaps([answer(2, { key: 'planned', ...fields })]), openGoals);
    expect(priority?.action).toBe(action);
  });

  test.each([
    ['nothing rated', [answer(null), answer(null)]],
    ['everything at target', [answer(4), answer(5)]],
    ['only no opportunity yet', [answer(null, { noOpportunity: true })]],
  ])('has no priorities when %s', (_, items) => {
    expect(pickPriorities(computeGaps(items))).toEqual([]);
  });

  test('returns fewer than three when fewer items have gaps', () => {
    expect(pickPriorities(computeGaps([answer(3), answer(4)]))).toHaveLength(1);
  });
});

describe('listOpportunities', () => {
  const prompts = new Map([
    ['a', { stretch: 'Lead the next quarterly planning across two teams.', question: 'Could I run the next planning round?' }],
    ['b', { stretch: 'Present the budget case to finance.', question: 'Can I present our case at the next budget review?' }],
  ]);

  test('turns every "no opportunity yet" item into an opportunity to ask for, must-haves first', () => {
    const items = [answer(2, { key: 'c' }), answer(null, { key: 'a', noOpportunity: true }), answer(null, { key: 'b', noOpportunity: true, mustHave: true })];
    expect(listOpportunities(computeGaps(items), prompts)).toEqual([
      { key: 'b', title: items[2]!.title, mustHave: true, ...prompts.get('b')! },
      { key: 'a', title: items[1]!.title, mustHave: false, ...prompts.get('a')! },
    ]);
  });

  test('leaves out rated and unrated items', () => {
    expect(listOpportunities(computeGaps([answer(2, { key: 'a' }), answer(null, { key: 'b' })]), prompts)).toEqual([]);
  });
});

describe('readReadiness', () => {
  test('says when nothing is rated', () => {
    expect(readReadiness(computeReadiness([answer(null)]), [], [])).toMatch(/^Nothing is rated yet/);
  });

  test('reads the figure in words, then the strongest and weakest sections and the priorities, without repeating a count or figure', () => {
    const areas = [answer(4), answer(2), answer(3)];
    const behaviours = [answer(1), answer(2), answer(2), answer(null), answer(null, { noOpportunity: true })];
    const text = readReadiness(
      computeReadiness([...areas, ...behaviours]),
      [
        { title: 'Skills to Develop', readiness: computeReadiness(areas) },
        { title: 'Behaviours to Demonstrate', readiness: computeReadiness(behaviours) },
      ],
      ['Engineering Culture', 'AI ethics position'],
    );
    expect(text).toBe(
      'Over the items you rated, just short of halfway to your targets: several items are well below them. ' +
        'Skills to Develop is your strongest section, Behaviours to Demonstrate the weakest. ' +
        'Start with Engineering Culture and AI ethics position.',
    );
  });

  test.each([
    [
      'a must-have far below target rules the reading whatever the mean',
      [answer(1, { mustHave: true, title: 'Managing Managers' }), ...Array.from({ length: 10 }, () => answer(4))],
      /^Not yet ready: Managing Managers is a must-have two or more levels below target\. No average makes up for that; across the items you rated, the average is 91%\./,
    ],
    [
      'too little rated gives coverage, not a figure',
      [answer(4), ...Array.from({ length: 10 }, () => answer(null, { noOpportunity: true }))],
      /^Too early to read: only one item is rated\. A figure needs more of the items rated/,
    ],
    [
      'unsupported ratings are named',
      [answer(4, { confidence: 'LOW' }), answer(4)],
      /1 item is rated at or above target with no evidence or with low confidence/,
    ],
  ])('%s', (_, items, pattern) => {
    expect(readReadiness(computeReadiness(items), [], [])).toMatch(pattern);
  });

  test('leaves targets below the step-up level to the measure, which names them beside the figure', () => {
    const readiness = computeSectionReadiness([{ ...forReadiness(answer(2)), targetLevel: 2, stepUpLevel: 3 }]);
    expect(readiness.targetsBelowStepUp).toBe(1);
    expect(readReadiness(readiness, [], [])).not.toMatch(/step up/);
  });
});

describe('gapScale', () => {
  test.each([
    ['no gaps at all', { min: 1, max: 5 }, [], 4],
    ['only unrated items', { min: 1, max: 5 }, [null, null], 4],
    ['gaps within the usual range', { min: 1, max: 5 }, [3, 0, null, 1], 4],
    ['a seven-level scale', { min: 1, max: 7 }, [2], 6],
    ['a three-level scale', { min: 1, max: 3 }, [1, null], 2],
  ])('spans the widest gap the scale allows with %s, so charts compare across assessments', (_, scale, gaps, expected) => {
    expect(gapScale(scale, gaps)).toBe(expected);
  });
});
