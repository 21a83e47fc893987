import { describe, expect, test } from 'vitest';
import { computeReadiness, describeReadiness, type ReadinessInput } from '@/lib/domain/readiness';

const rated = (level: number, targetLevel = 4): ReadinessInput => ({ level, noOpportunity: false, targetLevel });
const unrated = (targetLevel = 4): ReadinessInput => ({ level: null, noOpportunity: false, targetLevel });
const noOpportunity = (targetLevel = 4): ReadinessInput => ({ level: null, noOpportunity: true, targetLevel });

describe('computeReadiness', () => {
  test.each([
    ['no answers at all', [], { percent: null, rated: 0, noOpportunity: 0, unrated: 0, total: 0 }],
    ['nothing rated', [unrated(), unrated()], { percent: null, rated: 0, noOpportunity: 0, unrated: 2, total: 2 }],
    ['one item at target', [rated(4)], { percent: 100, rated: 1, noOpportunity: 0, unrated: 0, total: 1 }],
    ['all at target', [rated(4), rated(3, 3), rated(5, 5)], { percent: 100, rated: 3, noOpportunity: 0, unrated: 0, total: 3 }],
    ['halfway on every item', [rated(2), rated(2)], { percent: 50, rated: 2, noOpportunity: 0, unrated: 0, total: 2 }],
    ['above target does not hide a gap elsewhere', [rated(5), rated(2)], { percent: 75, rated: 2, noOpportunity: 0, unrated: 0, total: 2 }],
    ['unrated items are left out, not counted as 0', [rated(4), unrated()], { percent: 100, rated: 1, noOpportunity: 0, unrated: 1, total: 2 }],
    ['no opportunity yet is its own state', [rated(2), noOpportunity()], { percent: 50, rated: 1, noOpportunity: 1, unrated: 0, total: 2 }],
    ['rounds to a whole percent', [rated(1, 3), rated(3, 3), rated(3, 3)], { percent: 78, rated: 3, noOpportunity: 0, unrated: 0, total: 3 }],
  ])('%s', (_, answers, expected) => {
    expect(computeReadiness(answers)).toEqual(expected);
  });

  test('a level stored with "no opportunity yet" still counts as no opportunity', () => {
    expect(computeReadiness([{ level: 3, noOpportunity: true, targetLevel: 4 }]).percent).toBeNull();
  });
});

describe('describeReadiness', () => {
  test.each([
    [[unrated(), unrated()], 'Not rated yet (0 of 2)'],
    [[rated(2), rated(4), unrated()], '75% (2 of 3 rated)'],
  ])('%j → %s', (answers, text) => {
    expect(describeReadiness(computeReadiness(answers))).toBe(text);
  });
});
