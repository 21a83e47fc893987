import { describe, expect, test } from 'vitest';
import { compareAssessments, type CompareItem } from '@/lib/domain/compare';
import { readinessTotals, type ReadinessInput } from '@/lib/domain/readiness';
import { buildTrend, trendChange, type TrendAssessment } from '@/lib/domain/trend';

const answer = (sectionKey: string, level: number | null, noOpportunity = false) => ({
  sectionKey,
  title: `${sectionKey} item`,
  level,
  noOpportunity,
  targetLevel: 4,
  stepUpLevel: 3,
  mustHave: false,
  confidence: 'HIGH' as const,
  evidence: 'Shown at the review.',
});

/** An assessment with its answers added up per section, as the database hands them over. */
function submitted(id: string, submittedAt: Date, answers: (ReadinessInput & { sectionKey: string })[]): TrendAssessment {
  const keys = [...new Set(answers.map((entry) => entry.sectionKey))];
  return {
    id,
    submittedAt,
    measure: 'STEP_UP',
    sections: Object.fromEntries(keys.map((key) => [key, { ...readinessTotals(answers.filter((entry) => entry.sectionKey === key)), weight: 1 }])),
  };
}
const at = (day: number) => new Date(Date.UTC(2026, 0, day));

describe('buildTrend', () => {
  const assessments: TrendAssessment[] = [
    submitted('b', at(20), [answer('areas', 4), answer('areas', 3), answer('behaviours', 2), answer('behaviours', 4)]),
    submitted('a', at(10), [answer('areas', 2), answer('areas', 2), answer('behaviours', 1), answer('behaviours', 1)]),
  ];

  test('puts assessments oldest first with overall and per-section readiness, sections weighed equally', () => {
    expect(buildTrend(assessments, ['areas', 'behaviours'])).toEqual([
      expect.objectContaining({ id: 'a', submittedAt: at(10), measure: 'STEP_UP', overall: 17, sections: { areas: 33, behaviours: 0 } }),
      expect.objectContaining({ id: 'b', submittedAt: at(20), measure: 'STEP_UP', overall: 75, sections: { areas: 83, behaviours: 67 } }),
    ]);
  });

  test('a point with too little rated has no figure, as on the gap view', () => {
    const sparse = submitted('c', at(30), [answer('areas', 4), answer('areas', null, true), answer('behaviours', null, true)]);
    expect(buildTrend([sparse], ['areas', 'behaviours'])).toEqual([
      expect.objectContaining({ id: 'c', submittedAt: at(30), overall: null, sections: { areas: null, behaviours: null } }),
    ]);
    expect(buildTrend([sparse], ['areas', 'behaviours'])[0]!.readiness).toMatchObject({ state: 'low-coverage', rated: 1, total: 3 });
  });

  test.each([
    ['no assessments', [], null],
    ['a single assessment', [assessments[0]!], null],
    ['two assessments', assessments, 58],
    ['an unrated one in between', [...assessments, submitted('c', at(15), [answer('areas', null)])], 58],
  ])('change over time with %s', (_, list, change) => {
    expect(trendChange(buildTrend(list, ['areas', 'behaviours']))).toBe(change);
  });
});

describe('compareAssessments', () => {
  const item = (key: string, level: number | null, fields: Partial<CompareItem> = {}): CompareItem => ({
    key,
    title: key.toUpperCase(),
    sectionTitle: 'Skills',
    level,
    noOpportunity: false,
    evidence: `${key} evidence`,
    ...fields,
  });

  test('matches items by key and gives the change in level', () => {
    const rows = compareAssessments([item('a', 2), item('b', 3)], [item('b', 4), item('a', 1)]);
    expect(rows.map((row) => [row.key, row.then?.level, row.now?.level, row.change])).toEqual([
      ['b', 3, 4, 1],
      ['a', 2, 1, -1],
    ]);
  });

  test('lists items that exist in one version only, with no change', () => {
    const rows = compareAssessments([item('old', 2), item('kept', 2)], [item('kept', 3), item('new', 1)]);
    expect(rows.map((row) => [row.key, row.then === null, row.now === null, row.change])).toEqual([
      ['kept', false, false, 1],
      ['new', true, false, null],
      ['old', false, true, null],
    ]);
  });

  test('has no change for unrated or "no opportunity yet" sides', () => {
    const rows = compareAssessments([item('a', null), item('b', 2)], [item('a', 3), item('b', null, { noOpportunity: true })]);
    expect(rows.map((row) => row.change)).toEqual([null, null]);
    expect(rows[1]!.now).toEqual({ level: null, noOpportunity: true, evidence: 'b evidence' });
  });
});
