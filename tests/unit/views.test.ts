import { describe, expect, test } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import { nameAssessments } from '@/lib/domain/assessment-names';
import { compareAssessments, type CompareItem } from '@/lib/domain/compare';
import { describeComparison, summariseComparison } from '@/lib/domain/compare-summary';
import { changeText, itemHistoryRows } from '@/lib/domain/item-history';
import { LABEL_LINE_LENGTH, labelLines, shortItemName } from '@/lib/domain/item-names';
import { NO_ANSWERS, type Readiness } from '@/lib/domain/readiness';
import { readinessVerdict } from '@/lib/domain/readiness-verdict';

const readiness = (fields: Partial<Readiness>): Readiness => ({
  percent: null,
  state: 'figure',
  rated: 11,
  noOpportunity: 0,
  unrated: 0,
  total: 11,
  unsupported: 0,
  targetsBelowStepUp: 0,
  mustHaveShort: [],
  ...fields,
});

describe('the readiness verdict', () => {
  test.each([
    // [percent, rated of 11, verdict]
    [100, 11, 'At your target on every item.'],
    [100, 9, 'Over the items you rated, at your target on every item.'],
    [95, 11, 'Close to your targets on almost every item.'],
    [90, 11, 'Close to your targets on almost every item.'],
    [89, 11, 'Most of the way to your targets, with a few gaps to close.'],
    [75, 11, 'Most of the way to your targets, with a few gaps to close.'],
    [74, 11, 'Well past halfway to your targets, with clear gaps to close.'],
    [65, 11, 'Well past halfway to your targets, with clear gaps to close.'],
    [65, 7, 'Over the items you rated, well past halfway to your targets, with clear gaps to close.'],
    [56, 11, 'Just past halfway to your targets: several items are well below them.'],
    [51, 11, 'Just past halfway to your targets: several items are well below them.'],
    [50, 11, 'Halfway to your targets.'],
    [49, 11, 'Just short of halfway to your targets: several items are well below them.'],
    [40, 11, 'Just short of halfway to your targets: several items are well below them.'],
    [39, 11, 'Some way from your targets: most items are well below them.'],
    [20, 11, 'Some way from your targets: most items are well below them.'],
    [19, 11, 'At the start of the way to your targets: most items are at or near the first level.'],
    [0, 11, 'At the start of the way to your targets: most items are at or near the first level.'],
  ])('%i%% with %i of 11 rated reads “%s”', (percent, rated, verdict) => {
    expect(readinessVerdict(readiness({ percent, rated, unrated: 11 - rated }))).toBe(verdict);
  });

  test.each([
    ['nothing rated', readiness({ state: 'unrated', rated: 0, unrated: 11 }), 'Nothing is rated yet.'],
    ['1 of 11 rated', readiness({ state: 'low-coverage', rated: 1, unrated: 10 }), 'Too early to read: only one item is rated.'],
    ['5 of 11 rated', readiness({ state: 'low-coverage', rated: 5, unrated: 6 }), 'Too early to read: too few items are rated for a figure.'],
    [
      'a must-have far below target at 91%',
      readiness({ state: 'not-yet-ready', percent: 91, mustHaveShort: ['Managing Managers'] }),
      'Not yet ready: Managing Managers is a must-have two or more levels below target.',
    ],
    [
      'two must-haves far below target',
      readiness({ state: 'not-yet-ready', percent: 60, mustHaveShort: ['Managing Managers', 'Engineering Culture'] }),
      'Not yet ready: Managing Managers and Engineering Culture are must-haves two or more levels below target.',
    ],
  ])('%s', (_, given, verdict) => {
    expect(readinessVerdict(given)).toBe(verdict);
  });

  test('56%, 65% and one item rated never read the same, and no verdict carries a number', () => {
    const verdicts = [readiness({ percent: 56 }), readiness({ percent: 65 }), readiness({ state: 'low-coverage', rated: 1, unrated: 10 })].map((given) => readinessVerdict(given));
    expect(new Set(verdicts).size).toBe(3);
    for (let percent = 0; percent <= 100; percent += 1) expect(readinessVerdict(readiness({ percent }))).not.toMatch(/\d/);
  });

  test('an empty framework reads as nothing rated', () => {
    expect(readinessVerdict(readiness({ ...NO_ANSWERS, state: 'unrated', percent: null, unrated: 0 }))).toBe('Nothing is rated yet.');
  });
});

describe('item names on charts', () => {
  const items = frameworkContent.sections.flatMap((section) => section.items);

  test('every item of the framework has a short name that fits two lines of the radar', () => {
    for (const item of items) {
      const lines = labelLines(shortItemName(item));
      expect(lines.join(' '), item.key).toBe(shortItemName(item));
      expect(lines.length, item.key).toBeLessThanOrEqual(2);
      for (const line of lines) expect(line.length, `${item.key}: ${line}`).toBeLessThanOrEqual(LABEL_LINE_LENGTH);
    }
    expect(new Set(items.map(shortItemName)).size).toBe(items.length);
  });

  test.each([
    ['a short title stands as it is', 'Hiring', 'Hiring'],
    ['a long title is cut at a word after two lines', 'Organisation-Wide Technical Strategy at Scale', 'Organisation-Wide Technical…'],
    ['a title just over two lines loses its last word', 'Delivery health at scale', 'Delivery health at…'],
    ['a title of two short lines stands whole', 'Delivery at scale', 'Delivery at scale'],
  ])('an item with no written short name: %s', (_, title, name) => {
    expect(shortItemName({ key: 'not-written', title })).toBe(name);
  });

  test('labels break at spaces into lines of at most twelve characters', () => {
    expect(labelLines('Executive stakeholders')).toEqual(['Executive', 'stakeholders']);
    expect(labelLines('AI adoption strategy')).toEqual(['AI adoption', 'strategy']);
    expect(labelLines('Operating model')).toEqual(['Operating', 'model']);
  });
});

describe('naming assessments apart', () => {
  test('by date, and by date and time when two share a day (to the second when they share a minute)', () => {
    const names = nameAssessments([
      { id: 'a', at: new Date('2026-03-01T09:00:00Z') },
      { id: 'b', at: new Date('2026-06-02T09:15:00Z') },
      { id: 'c', at: new Date('2026-06-02T16:40:00Z') },
      { id: 'd', at: new Date('2026-09-03T08:00:05Z') },
      { id: 'e', at: new Date('2026-09-03T08:00:40Z') },
    ]);
    expect(Object.fromEntries(names)).toEqual({
      a: '1 Mar 2026',
      b: '2 Jun 2026, 09:15 UTC',
      c: '2 Jun 2026, 16:40 UTC',
      d: '3 Sept 2026, 08:00:05 UTC',
      e: '3 Sept 2026, 08:00:40 UTC',
    });
  });
});

const item = (key: string, level: number | null, fields: Partial<CompareItem> = {}): CompareItem => ({
  key,
  title: key,
  sectionTitle: 'Skills',
  level,
  noOpportunity: false,
  evidence: '',
  ...fields,
});

describe('the comparison summary', () => {
  const then = [item('a', 2), item('b', 3), item('c', 4), item('d', 1), item('e', 2), item('f', null), item('g', 3), item('h', null, { noOpportunity: true })];
  const now = [item('a', 3), item('b', 4), item('c', 3), item('d', 3), item('e', 2), item('f', 2), item('g', 5), item('h', 3)];
  const rows = compareAssessments(then, now);
  const figures = (from: number | null, to: number | null) => ({
    then: { ...readiness({ percent: from }), state: from === null ? ('low-coverage' as const) : ('figure' as const) },
    now: { ...readiness({ percent: to }), state: to === null ? ('low-coverage' as const) : ('figure' as const) },
  });

  test('counts the items rated in both that rose, fell and held; an item rated on one side only is in none', () => {
    expect(summariseComparison(rows, figures(47, 56))).toEqual({ up: 4, down: 1, same: 1, points: 9 });
  });

  test.each([
    [47, 56, '4 items up, 1 down, 1 unchanged; readiness +9 points.'],
    [60, 59, '4 items up, 1 down, 1 unchanged; readiness −1 point.'],
    [60, 60, '4 items up, 1 down, 1 unchanged; readiness unchanged.'],
    [null, 60, '4 items up, 1 down, 1 unchanged; readiness has no figure to compare.'],
  ])('readiness from %s to %s', (from, to, sentence) => {
    expect(describeComparison(summariseComparison(rows, figures(from, to)))).toBe(sentence);
  });

  test('one item up and nothing rated in both read in the singular and as such', () => {
    expect(describeComparison({ up: 1, down: 0, same: 0, points: 3 })).toBe('1 item up, 0 down, 0 unchanged; readiness +3 points.');
    expect(describeComparison({ up: 0, down: 0, same: 0, points: null })).toBe('No item is rated in both; readiness has no figure to compare.');
  });
});

describe('an item’s history', () => {
  test('each change runs from the last level given, past assessments with none', () => {
    const entry = (level: number | null, noOpportunity = false) => ({ assessmentId: String(level), submittedAt: new Date(0), level, noOpportunity, targetLevel: 4 });
    const rows = itemHistoryRows([entry(2), entry(null), entry(3), entry(5, true), entry(3), entry(1)]);
    expect(rows.map((row) => [row.level, changeText(row.change)])).toEqual([
      [2, '–'],
      [null, '–'],
      [3, '+1 level'],
      [null, '–'],
      [3, 'No change'],
      [1, '−2 levels'],
    ]);
  });
});
