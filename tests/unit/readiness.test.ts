import { describe, expect, test } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import type { Confidence } from '@/lib/domain/gaps';
import {
  closenessUnits,
  computeReadiness,
  computeSectionReadiness,
  describeReadiness,
  readinessFromSections,
  readinessTotals,
  type ReadinessInput,
} from '@/lib/domain/readiness';

// The framework's eleven items as readiness sees them (five skills, six
// behaviours; framework-content.test.ts holds the content to that): title,
// step-up level and must-have. Read from the content rather than copied, so
// the cases below stay about the framework people actually rate.
function itemsOf(sectionKey: string) {
  const section = frameworkContent.sections.find((candidate) => candidate.key === sectionKey);
  if (!section) throw new Error(`The framework has no section "${sectionKey}"`);
  return section.items.map((item) => [item.title, item.targets.stepUp, item.targets.mustHave] as const);
}
const SKILLS = itemsOf('skill-areas');
const BEHAVIOURS = itemsOf('behaviours');

type Rating = number | 'none' | null | { level: number; targetLevel?: number; confidence?: Confidence | null; evidence?: string };

function answersOf(items: readonly (readonly [string, number, boolean])[], ratings: readonly Rating[], targetLevel?: number): ReadinessInput[] {
  return items.map(([title, stepUpLevel, mustHave], index) => {
    const rating = ratings[index] ?? null;
    const base = { title, stepUpLevel, mustHave, noOpportunity: false, targetLevel: targetLevel ?? stepUpLevel, confidence: 'MEDIUM' as Confidence | null, evidence: 'What I did and who saw it.' };
    if (rating === 'none') return { ...base, level: null, noOpportunity: true };
    if (rating === null || typeof rating === 'number') return { ...base, level: rating };
    return { ...base, ...rating };
  });
}

/** A whole assessment: skills then behaviours, equally weighted. */
function assess(skills: readonly Rating[], behaviours: readonly Rating[], targetLevel?: number) {
  return computeReadiness([
    { weight: 1, answers: answersOf(SKILLS, skills, targetLevel) },
    { weight: 1, answers: answersOf(BEHAVIOURS, behaviours, targetLevel) },
  ]);
}
const all = (rating: Rating, count: number) => Array.from({ length: count }, () => rating);

describe('closenessUnits', () => {
  test.each([
    // level, target, twelfths
    [1, 4, 0],
    [2, 4, 4],
    [3, 4, 8],
    [4, 4, 12],
    [5, 4, 12],
    [1, 3, 0],
    [2, 3, 6],
    [3, 3, 12],
    [2, 5, 3],
    [1, 2, 0],
    [1, 1, 12],
  ])('level %i against target %i is %i twelfths', (level, target, units) => {
    expect(closenessUnits(level, target)).toBe(units);
  });
});

describe('the problems the review found, and the new answers', () => {
  test.each([
    [
      'every target lowered to 2 and rated 2 (was 100%, unremarked): flagged on the eight items whose step-up level is 3',
      assess(all(2, 5), all(2, 6), 2),
      { percent: 100, state: 'figure', targetsBelowStepUp: 8 },
    ],
    [
      '"Not yet" everywhere (was 25%): nothing',
      assess(all(1, 5), all(1, 6)),
      { percent: 0, state: 'not-yet-ready' },
    ],
    [
      'one item rated 4 with ten "no opportunity yet" (was 100%): a coverage message, no percentage',
      assess([4, ...all('none', 4)], all('none', 6)),
      { percent: null, state: 'low-coverage', rated: 1, noOpportunity: 10 },
    ],
    [
      'ten items at 4 with Managing Managers at 1 (was 93%, "at or close to your targets"): not yet ready',
      assess([1, 4, 4, 4, 4], all(4, 6)),
      { state: 'not-yet-ready', mustHaveShort: ['Managing Managers'], percent: 90 },
    ],
    [
      'a level 4 at target with no evidence: counted as unsupported',
      assess([{ level: 4, evidence: '' }, 3, 3, 3, 3], all(3, 6)),
      { percent: 100, unsupported: 1 },
    ],
    [
      'a level 4 at target with low confidence: counted as unsupported',
      assess([{ level: 4, confidence: 'LOW' }, 3, 3, 3, 3], all(3, 6)),
      { percent: 100, unsupported: 1 },
    ],
    [
      'below target with no evidence is a gap, not unsupported',
      assess([{ level: 2, evidence: '' }, 3, 3, 3, 3], all(3, 6)),
      { unsupported: 0 },
    ],
    [
      'a must-have one level short is a gap, not a verdict',
      assess([2, 3, 3, 3, 3], all(3, 6)),
      { state: 'figure', mustHaveShort: [] },
    ],
    [
      'lowering a must-have’s target does not hide it',
      assess([{ level: 1, targetLevel: 1 }, 3, 3, 3, 3], all(3, 6)),
      { state: 'not-yet-ready', mustHaveShort: ['Managing Managers'], targetsBelowStepUp: 1 },
    ],
    [
      '7 of 11 rated (64%) is enough for a figure',
      assess([3, 3, 3, 3, 'none'], [3, 3, 3, 'none', 'none', null]),
      { state: 'figure', percent: 100, rated: 7, noOpportunity: 3, unrated: 1 },
    ],
    [
      '6 of 11 rated (55%) is not',
      assess([3, 3, 3, 3, 'none'], [3, 3, 'none', 'none', 'none', null]),
      { state: 'low-coverage', percent: null, rated: 6, noOpportunity: 4, unrated: 1 },
    ],
    [
      'nothing rated has no figure',
      assess([], []),
      { state: 'unrated', percent: null, unrated: 11 },
    ],
  ])('%s', (_, readiness, expected) => {
    expect(readiness).toMatchObject(expected);
  });

  test('skills at 1 with behaviours at 4 reads the same as the reverse (was 55% against 45%)', () => {
    const noMustHaves = (items: typeof SKILLS) => items.map(([title, level]) => [title, level, false] as const);
    const measure = (skills: number, behaviours: number) =>
      computeReadiness([
        { weight: 1, answers: answersOf(noMustHaves(SKILLS), all(skills, 5)) },
        { weight: 1, answers: answersOf(BEHAVIOURS, all(behaviours, 6)) },
      ]);
    expect(measure(1, 4).percent).toBe(50);
    expect(measure(4, 1).percent).toBe(measure(1, 4).percent);
  });

  test('rating a newly available item at 2 no longer lowers the figure below what level 2 is worth', () => {
    const before = assess([3, 3, 3, 3, 'none'], [3, 3, 3, 3, 3, 3]);
    const after = assess([3, 3, 3, 3, 2], [3, 3, 3, 3, 3, 3]);
    // The new rating counts what it is worth (half way to 3) and nothing more is taken away.
    expect(before.percent).toBe(100);
    expect(after.percent).toBe(95);
  });

  test('section weights are data: a heavier section moves the figure more', () => {
    const skills = answersOf(SKILLS, all(3, 5));
    const behaviours = answersOf(BEHAVIOURS, all(1, 6));
    expect(computeReadiness([{ weight: 1, answers: skills }, { weight: 1, answers: behaviours }]).percent).toBe(50);
    expect(computeReadiness([{ weight: 3, answers: skills }, { weight: 1, answers: behaviours }]).percent).toBe(75);
  });
});

describe('the same figure from totals as from answers', () => {
  test('totals added up elsewhere (as the database does) give the same readiness', () => {
    const skills = answersOf(SKILLS, [2, 3, { level: 4, evidence: '' }, 1, 'none']);
    const behaviours = answersOf(BEHAVIOURS, [3, 2, null, 4, 1, 2]);
    const fromTotals = readinessFromSections([
      { ...readinessTotals(skills), weight: 1 },
      { ...readinessTotals(behaviours), weight: 1 },
    ]);
    expect(fromTotals).toEqual(computeReadiness([{ weight: 1, answers: skills }, { weight: 1, answers: behaviours }]));
    expect(fromTotals).toMatchObject({ state: 'not-yet-ready', mustHaveShort: ['Executive Stakeholder Relationships'], unsupported: 1, rated: 9 });
  });
});

describe('describeReadiness', () => {
  test.each([
    [assess([], []), 'Not rated yet (0 of 11 rated)'],
    [assess([4, ...all('none', 4)], all('none', 6)), 'Too little rated for a figure (1 of 11 rated, 10 no opportunity yet)'],
    [assess([1, 4, 4, 4, 4], all(4, 6)), 'Not yet ready: Managing Managers (11 of 11 rated; 90% on average)'],
    [assess([3, 3, 3, 3, 'none'], [3, 3, 3, 3, 2, 'none']), '95% (9 of 11 rated, 2 no opportunity yet)'],
    [assess(all(2, 5), all(2, 6), 2), '100% (11 of 11 rated; 8 targets below the step-up level)'],
    [assess([{ level: 3, evidence: '' }, 3, 3, 3, 3], all(3, 6)), '100% (11 of 11 rated; 1 unsupported)'],
  ])('%# → %s', (readiness, text) => {
    expect(describeReadiness(readiness)).toBe(text);
  });

  test('one section on its own', () => {
    expect(describeReadiness(computeSectionReadiness(answersOf(SKILLS, [3, 3, 2, 3, 3])))).toBe('90% (5 of 5 rated)');
  });
});
