import { describe, expect, test } from 'vitest';
import { describeCommonCoverage, readinessOfItems, readinessOverCommonItems, type ReadinessItem } from '@/lib/domain/compare';
import { computeGaps, type ItemAnswer } from '@/lib/domain/gaps';
import { arrangePriorities, type PriorityChoice } from '@/lib/domain/priorities';
import { describeMeasureDifference, retargetAnswers, type RetargetAnswer, type TargetMeasure } from '@/lib/domain/targets';
import { measureSchema, priorityChoiceSchema } from '@/lib/validation/readiness-choices';

// Items a..f below target 4, with gaps 3, 2, 2, 1, 1 and 1; "e" is a must-have.
const answers: ItemAnswer[] = [
  ['a', 1],
  ['b', 2],
  ['c', 2],
  ['d', 3],
  ['e', 3],
  ['f', 3],
].map(([key, level]) => ({
  key: key as string,
  title: (key as string).toUpperCase(),
  sectionKey: 'skill-areas',
  level: level as number,
  noOpportunity: false,
  targetLevel: 4,
  confidence: 'MEDIUM',
  mustHave: key === 'e',
}));
const gaps = computeGaps(answers);
const keys = (list: { key: string }[]) => list.map((entry) => entry.key);

describe('arrangePriorities: pins stay on top, dismissals are set apart', () => {
  test.each<[string, Record<string, PriorityChoice>, string[], string[], string[]]>([
    ['the rule alone: must-haves, then the largest gaps', {}, ['e', 'a', 'b'], ['c', 'd', 'f'], []],
    ['a pinned item leads, ahead of a must-have', { f: 'PINNED' }, ['f', 'e', 'a'], ['b', 'c', 'd'], []],
    ['a dismissed item makes room for the next', { a: 'DISMISSED' }, ['e', 'b', 'c'], ['d', 'f'], ['a']],
    ['pins and dismissals together', { d: 'PINNED', e: 'DISMISSED' }, ['d', 'a', 'b'], ['c', 'f'], ['e']],
    ['four pins are all shown, past three', { a: 'PINNED', b: 'PINNED', c: 'PINNED', d: 'PINNED' }, ['a', 'b', 'c', 'd'], ['e', 'f'], []],
    ['everything dismissed leaves no priorities', Object.fromEntries(keys(answers).map((key) => [key, 'DISMISSED' as const])), [], [], ['e', 'a', 'b', 'c', 'd', 'f']],
  ])('%s', (_, choices, priorities, others, dismissed) => {
    const arranged = arrangePriorities(gaps, new Set(), new Map(Object.entries(choices)));
    expect([keys(arranged.priorities), keys(arranged.others), keys(arranged.dismissed)]).toEqual([priorities, others, dismissed]);
    expect(arranged.priorities.filter((priority) => priority.pinned).map((priority) => priority.key)).toEqual(
      priorities.filter((key) => choices[key] === 'PINNED'),
    );
  });

  test('a choice on an item at or above target changes nothing', () => {
    const atTarget = computeGaps([...answers, { ...answers[0]!, key: 'g', level: 4 }]);
    expect(keys(arrangePriorities(atTarget, new Set(), new Map([['g', 'PINNED']])).priorities)).toEqual(['e', 'a', 'b']);
  });

  test('a pinned item keeps its label: in your plan, calibrate first or develop first', () => {
    const lowConfidence = computeGaps(answers.map((answer) => (answer.key === 'f' ? { ...answer, confidence: 'LOW' } : answer)));
    const arranged = arrangePriorities(lowConfidence, new Set(['d']), new Map<string, PriorityChoice>([['f', 'PINNED'], ['d', 'PINNED']]));
    expect(arranged.priorities.map((priority) => [priority.key, priority.action])).toEqual([
      ['d', 'in-plan'],
      ['f', 'calibrate'],
      ['e', 'develop'],
    ]);
  });
});

describe('retargetAnswers: targets at the framework level follow the measure, others stay', () => {
  const item = (itemId: string, targetLevel: number, stepUpLevel: number | null = 3): RetargetAnswer => ({ itemId, targetLevel, stepUpLevel, inRoleLevel: 4 });
  test.each<[string, RetargetAnswer[], TargetMeasure | null, TargetMeasure, { moved: { itemId: string; from: number; to: number }[]; kept: number }]>([
    ['step up to in role', [item('a', 3), item('b', 3)], 'STEP_UP', 'IN_ROLE', { moved: [{ itemId: 'a', from: 3, to: 4 }, { itemId: 'b', from: 3, to: 4 }], kept: 0 }],
    ['in role back to step up', [item('a', 4)], 'IN_ROLE', 'STEP_UP', { moved: [{ itemId: 'a', from: 4, to: 3 }], kept: 0 }],
    ['a target the person set stays', [item('a', 3), item('b', 2), item('c', 5)], 'STEP_UP', 'IN_ROLE', { moved: [{ itemId: 'a', from: 3, to: 4 }], kept: 2 }],
    ['a must-have whose step-up level is 4 does not move', [item('a', 4, 4)], 'STEP_UP', 'IN_ROLE', { moved: [], kept: 0 }],
    ['a version with one target moves nothing', [item('a', 4, null)], null, 'STEP_UP', { moved: [], kept: 0 }],
  ])('%s', (_, items, from, to, expected) => {
    expect(retargetAnswers(items, from, to)).toEqual(expected);
  });
});

describe('describeMeasureDifference', () => {
  test.each<[TargetMeasure | null, TargetMeasure | null, RegExp | null]>([
    ['STEP_UP', 'STEP_UP', null],
    [null, null, null],
    ['STEP_UP', 'IN_ROLE', /earlier assessment is measured against “ready to step up” and the newer against “effective in the role”/],
    [null, 'STEP_UP', /single target of its framework version and the newer against “ready to step up”/],
  ])('%s then %s', (then, now, expected) => {
    const said = describeMeasureDifference(then, now);
    if (expected === null) expect(said).toBeNull();
    else expect(said).toMatch(expected);
  });
});

describe('readinessOverCommonItems: both figures by the same function over the items rated in both', () => {
  const item = (key: string, level: number | null, fields: Partial<ReadinessItem> = {}): ReadinessItem => ({
    key,
    title: key.toUpperCase(),
    sectionKey: key < 'f' ? 'skill-areas' : 'behaviours',
    sectionWeight: 1,
    stepUpLevel: 3,
    mustHave: false,
    answer: { level, noOpportunity: false, targetLevel: 3, confidence: 'HIGH', evidence: 'Shown.' },
    ...fields,
  });
  // Ten items in two sections: the earlier rates eight, the newer all ten.
  const all = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
  const then = all.map((key) => item(key, key === 'e' || key === 'j' ? null : 2));
  const now = all.map((key) => item(key, key === 'e' || key === 'j' ? 3 : 2));

  test('the items rated in one only count in neither figure: the same levels read the same', () => {
    const common = readinessOverCommonItems(then, now);
    expect(common).toMatchObject({ common: 8, thenOnly: 0, nowOnly: 2 });
    expect(common.then.percent).toBe(50);
    expect(common.now.percent).toBe(50);
    // Alone, the newer one reads higher only because it rated two more items at target.
    expect(readinessOfItems(now).percent).toBe(60);
    expect(readinessOfItems(then).percent).toBe(50);
  });

  test.each([
    [{ common: 8, thenOnly: 0, nowOnly: 2 }, 'Readiness over the 8 items rated in both; the newer assessment also rates 2 more, left out of both figures.'],
    [{ common: 9, thenOnly: 1, nowOnly: 0 }, 'Readiness over the 9 items rated in both; the earlier assessment also rates 1 more, left out of both figures.'],
    [{ common: 11, thenOnly: 0, nowOnly: 0 }, 'Readiness over the 11 items rated in both, the same items in each.'],
    [{ common: 1, thenOnly: 2, nowOnly: 3 }, 'Readiness over the 1 item rated in both; the earlier assessment also rates 2 more, and the newer assessment also rates 3 more, left out of both figures.'],
  ])('%o reads "%s"', (coverage, sentence) => {
    expect(describeCommonCoverage(coverage)).toBe(sentence);
  });

  test('too few items rated in both: no figure on either side, as the gap view would say', () => {
    const sparse = all.map((key, index) => item(key, index < 3 ? 2 : null));
    const common = readinessOverCommonItems(sparse, now);
    expect([common.then.state, common.now.state, common.common]).toEqual(['low-coverage', 'low-coverage', 3]);
  });

  test('items only one framework version has count on neither side, and keys match across versions', () => {
    const older = [...then.slice(0, 8), item('retired', 1)];
    const common = readinessOverCommonItems(older, now);
    // a–h are in both versions, e unrated in the earlier; "retired" and i, j are in one version each.
    expect(common).toMatchObject({ common: 7, thenOnly: 1, nowOnly: 3 });
    expect([common.then.total, common.now.total]).toEqual([8, 8]);
  });

  test('a must-have far below target rules both sides "not yet ready", whatever else was rated', () => {
    const must = (level: number) => item('a', level, { mustHave: true, answer: { level, noOpportunity: false, targetLevel: 4, confidence: 'HIGH', evidence: 'Shown.' } });
    const common = readinessOverCommonItems([must(1), ...then.slice(1)], [must(2), ...now.slice(1)]);
    expect([common.then.state, common.now.state]).toEqual(['not-yet-ready', 'not-yet-ready']);
  });
});

describe('the schemas of the two choices', () => {
  test.each([
    [{ assessmentId: 'abc', measure: 'IN_ROLE' }, true],
    [{ assessmentId: 'abc', measure: 'STEP_UP' }, true],
    [{ assessmentId: 'abc', measure: 'in_role' }, false],
    [{ assessmentId: 'abc' }, false],
    [{ assessmentId: 'abc', measure: 'IN_ROLE', targetLevel: '2' }, false],
  ])('measure %o accepted: %s', (input, ok) => {
    expect(measureSchema.safeParse(input).success).toBe(ok);
  });

  test.each([
    [{ assessmentId: 'abc', pin: 'managing-managers' }, { assessmentId: 'abc', itemKey: 'managing-managers', choice: 'PINNED' }],
    [{ assessmentId: 'abc', dismiss: 'ai-ethics-position' }, { assessmentId: 'abc', itemKey: 'ai-ethics-position', choice: 'DISMISSED' }],
    [{ assessmentId: 'abc', restore: 'managing-managers' }, { assessmentId: 'abc', itemKey: 'managing-managers', choice: null }],
    [{ assessmentId: 'abc' }, null],
    [{ assessmentId: 'abc', pin: 'a', dismiss: 'b' }, null],
    [{ assessmentId: 'abc', pin: 'Managing Managers' }, null],
    [{ assessmentId: 'abc', pin: 'a', choice: 'PINNED' }, null],
  ])('priority choice %o reads %o', (input, expected) => {
    const parsed = priorityChoiceSchema.safeParse(input);
    expect(parsed.success ? parsed.data : null).toEqual(expected);
  });
});
