import { describe, expect, test } from 'vitest';
import { suggestGoalActions } from '@/lib/domain/goal-suggestions';
import type { GoalView } from '@/lib/domain/goals';
import { describeStanding } from '@/lib/domain/item-standing';
import { countGoalsByFilter, filterGoals, sortGoalsByDue } from '@/lib/domain/plan-view';
import { planQuerySchema } from '@/lib/validation/goal';

const now = new Date('2027-04-10T12:00:00Z');
const goal = (id: string, status: GoalView['status'], targetDate: string): GoalView => ({
  id,
  itemKey: 'managing-managers',
  action: id,
  successMeasure: 'Checked',
  targetDate: new Date(`${targetDate}T00:00:00Z`),
  status,
  finishedAt: status === 'DONE' || status === 'DROPPED' ? new Date('2027-04-01T00:00:00Z') : null,
  createdAt: new Date('2027-01-01T00:00:00Z'),
  resources: [],
  notes: [],
});
const goals = [
  goal('late', 'IN_PROGRESS', '2027-04-01'),
  goal('soon', 'NOT_STARTED', '2027-05-01'),
  goal('done-late', 'DONE', '2027-03-01'),
  goal('dropped', 'DROPPED', '2027-06-01'),
];

describe('the plan’s filters and order', () => {
  test.each([
    ['all', ['late', 'soon', 'done-late', 'dropped']],
    ['open', ['late', 'soon']],
    ['overdue', ['late']],
    ['done', ['done-late']],
  ] as const)('%s shows %j', (filter, ids) => {
    expect(filterGoals(goals, filter, now).map((shown) => shown.id)).toEqual(ids);
  });

  test('counts each filter, and orders by target date whatever the status', () => {
    expect(countGoalsByFilter(goals, now)).toEqual({ all: 4, open: 2, overdue: 1, done: 1 });
    expect(sortGoalsByDue(goals).map((sorted) => sorted.id)).toEqual(['done-late', 'late', 'soon', 'dropped']);
  });

  test.each([
    [{}, { show: 'all', sort: 'item' }],
    [{ show: 'overdue', sort: 'due' }, { show: 'overdue', sort: 'due' }],
    [{ show: 'everything', sort: 'random' }, { show: 'all', sort: 'item' }],
    [{ show: ['open', 'done'], sort: '' }, { show: 'all', sort: 'item' }],
    [{ notice: 'added', extra: 'x' }, { show: 'all', sort: 'item', notice: 'added' }],
    [{ notice: '<script>' }, { show: 'all', sort: 'item' }],
  ])('the query %j reads as %j', (query, expected) => {
    expect(planQuerySchema.parse(query)).toEqual(expected);
  });
});

describe('an item’s standing on a goal card', () => {
  test.each([
    [{ level: 2, noOpportunity: false, targetLevel: 4, levelName: 'Developing' }, 'Level 2 (Developing) · target 4 · 2 levels below target'],
    [{ level: 3, noOpportunity: false, targetLevel: 3, levelName: null }, 'Level 3 · target 3 · at target'],
    [{ level: 5, noOpportunity: false, targetLevel: 4, levelName: 'Leading' }, 'Level 5 (Leading) · target 4 · above target'],
    [{ level: null, noOpportunity: true, targetLevel: 4, levelName: null }, 'No opportunity yet · target 4'],
    [{ level: null, noOpportunity: false, targetLevel: 3, levelName: null }, 'Not rated · target 3'],
  ])('%j reads “%s”', (standing, text) => {
    expect(describeStanding(standing)).toBe(text);
  });
});

describe('suggested actions for a goal', () => {
  const signals = [
    'Each manager can say what you expect of their people management.',
    'When a team struggled, you did not always act until delivery suffered.',
    'OKRs are reviewed with every team each quarter.',
  ];

  test('turn the next level’s signals into something to get to, leaving out those that say what is missing, and add the stretch last', () => {
    expect(suggestGoalActions({ noOpportunity: false, next: { signals }, stretch: 'Take on a second manager.' })).toEqual([
      'Get to where each manager can say what you expect of their people management.',
      'Get to where OKRs are reviewed with every team each quarter.',
      'Take on a second manager.',
    ]);
  });

  test('put the stretch first when there has been no opportunity yet, and give none without a next level or stretch', () => {
    expect(suggestGoalActions({ noOpportunity: true, next: { signals: signals.slice(0, 1) }, stretch: 'Take on a second manager.' })[0]).toBe('Take on a second manager.');
    expect(suggestGoalActions({ noOpportunity: false, next: null, stretch: null })).toEqual([]);
  });
});
