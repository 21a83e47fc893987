import { describe, expect, test } from 'vitest';
import { computeGaps, gapOf, gapScale, type ItemAnswer } from '@/lib/domain/gaps';
import { pickPriorities } from '@/lib/domain/priorities';
import { readReadiness } from '@/lib/domain/reading';
import { computeReadiness } from '@/lib/domain/readiness';

let counter = 0;
function answer(level: number | null, fields: Partial<ItemAnswer> = {}): ItemAnswer {
  counter += 1;
  return { key: `item-${counter}`, title: `Item ${counter}`, sectionKey: 'skill-areas', level, noOpportunity: false, targetLevel: 4, confidence: 'MEDIUM', ...fields };
}

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

  test.each([
    ['low before medium', ['MEDIUM', 'LOW'] as const, [1, 0]],
    ['low before high', ['HIGH', 'LOW'] as const, [1, 0]],
    ['not given before medium', ['MEDIUM', null] as const, [1, 0]],
    ['equal confidence keeps the framework order', ['HIGH', 'HIGH'] as const, [0, 1]],
  ])('breaks a tie on gap by confidence: %s', (_, confidences, order) => {
    const items = confidences.map((confidence) => answer(2, { confidence }));
    expect(pickPriorities(computeGaps(items)).map((gap) => gap.key)).toEqual(order.map((index) => items[index]!.key));
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

describe('readReadiness', () => {
  test('says when nothing is rated', () => {
    expect(readReadiness(computeReadiness([answer(null)]), [], [])).toMatch(/^Nothing is rated yet/);
  });

  test('reads the figure, the strongest and weakest sections, the priorities and what is left out', () => {
    const areas = [answer(4), answer(2)];
    const behaviours = [answer(1), answer(null), answer(null, { noOpportunity: true })];
    const text = readReadiness(
      computeReadiness([...areas, ...behaviours]),
      [
        { title: 'Skills to Develop', readiness: computeReadiness(areas) },
        { title: 'Behaviours to Demonstrate', readiness: computeReadiness(behaviours) },
      ],
      ['Engineering Culture', 'AI ethics position'],
    );
    expect(text).toBe(
      'Overall readiness is 58% across the 3 items you rated. You are about halfway to your targets overall. ' +
        'Skills to Develop is your strongest section (75%), Behaviours to Demonstrate the weakest (25%). ' +
        'Start with Engineering Culture and AI ethics position. 2 items are not in the figure (1 unrated, 1 with no opportunity yet).',
    );
  });
});

describe('gapScale', () => {
  test.each([
    ['no gaps at all', [], 4],
    ['only unrated items', [null, null], 4],
    ['gaps within the usual range', [3, 0, null, 1], 4],
  ])('stays at four levels with %s, so charts compare across assessments', (_, gaps, expected) => {
    expect(gapScale(gaps)).toBe(expected);
  });
});
