import { describe, expect, test } from 'vitest';
import { DEFAULT_BRIEF_CHOICES, type BriefOthersInput } from '@/lib/domain/brief';
import { differenceText, othersLevelsText, othersViewOf, ratersText } from '@/lib/domain/others-export';
import { summaryOf } from '../support/summary-fixture';

// Others' view as the exports carry it: only when chosen, peers only as a group of three or more.
const SELF = [4, 3, 4, 3, 2, 4, 3, 4, 3, 3, 4].map((level) => ({ level, confidence: 'HIGH' as const, evidence: 'Notes.' }));
const summary = summaryOf(SELF);
const INCLUDED = { ...DEFAULT_BRIEF_CHOICES, includeOthers: true };

const others = (peers: number): BriefOthersInput => ({
  raters: ['MENTOR', 'MANAGER', ...Array.from({ length: peers }, () => 'PEER' as const)],
  ratingsByItem: {
    'managing-managers': [
      { role: 'MENTOR', level: null, noOpportunity: true },
      { role: 'MANAGER', level: 2, noOpportunity: false },
      ...Array.from({ length: peers }, (_, index) => ({ role: 'PEER' as const, level: 2 + index, noOpportunity: false })),
    ],
    'operating-model': [{ role: 'MANAGER', level: 4, noOpportunity: false }],
  },
});

describe('othersViewOf', () => {
  test('nothing unless the EM chose it and someone may be shown', () => {
    expect(othersViewOf(summary, DEFAULT_BRIEF_CHOICES, others(3))).toBeNull();
    expect(othersViewOf(summary, INCLUDED, null)).toBeNull();
    expect(othersViewOf(summary, INCLUDED, { raters: ['PEER', 'PEER'], ratingsByItem: {} })).toBeNull();
  });

  test('named raters by role, managers first; peers counted and aggregated only from three', () => {
    const three = othersViewOf(summary, INCLUDED, others(3))!;
    expect(three.raters).toEqual({ managers: 1, mentors: 1, peers: 3 });
    const item = three.items.find((entry) => entry.itemKey === 'managing-managers')!;
    expect(item.named).toEqual([
      { role: 'MANAGER', level: 2 },
      { role: 'MENTOR', level: null },
    ]);
    expect(item.peers).toEqual({ median: 3, min: 2, max: 4, count: 3 });
    expect(othersLevelsText(item)).toBe('manager 2; mentor or coach no level; peers 3 (2–4, 3 peers)');

    const two = othersViewOf(summary, INCLUDED, others(2))!;
    expect(two.raters.peers).toBeNull();
    expect(two.items.every((entry) => entry.peers === null)).toBe(true);
    expect(ratersText(two.raters)).toBe('1 manager, 1 mentor or coach');
  });

  test.each([
    ['managing-managers', 'Ada rates it 2 levels higher than others do. Talk about this.'],
    ['operating-model', 'Others rate it 2 levels higher than Ada does. Talk about this.'],
    ['engineering-culture', 'Not compared: a level is missing on one side.'],
  ])('%s: the difference in words, about the EM by name', (key, text) => {
    const view = othersViewOf(summary, INCLUDED, others(0))!;
    expect(differenceText(view.items.find((item) => item.itemKey === key)!, 'Ada')).toBe(text);
  });
});
