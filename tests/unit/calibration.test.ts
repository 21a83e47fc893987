import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calibrate, movementBetween, type CalibrationAssessmentInput, type CalibrationItemInput } from '@/lib/domain/calibration';
import { describeConfidence, describeDistance, describeLean, describeMovement, describeOverall, levelsText } from '@/lib/domain/calibration-text';
import type { OthersRating } from '@/lib/domain/others-view';
import { buildSideBySide, type SideBySideInput } from '@/lib/domain/side-by-side';

const manager = (level: number | null): OthersRating => ({ role: 'MANAGER', level, noOpportunity: level === null });
const peer = (level: number): OthersRating => ({ role: 'PEER', level, noOpportunity: false });
const item = (key: string, self: number | null, ratings: OthersRating[], confidence: CalibrationItemInput['confidence'] = null): CalibrationItemInput => ({
  key,
  self,
  confidence,
  ratings,
});
const on = (day: number, id: string, items: CalibrationItemInput[]): CalibrationAssessmentInput => ({ id, submittedAt: new Date(Date.UTC(2026, 0, day)), items });

describe('calibration across assessments', () => {
  // Three assessments, given out of order: the EM rates themselves 2 above,
  // then 1 above, then level with their manager on one item; on the other,
  // below the peers' middle once there are three peers.
  const fixture = [
    on(20, 'c', [item('a', 3, [manager(3)], 'HIGH'), item('b', 2, [peer(3), peer(4), peer(3)], 'LOW')]),
    on(1, 'a', [item('a', 5, [manager(3)], 'HIGH'), item('b', 4, [peer(1), peer(1)], 'LOW')]),
    on(10, 'b', [item('a', 4, [manager(3)], 'LOW'), item('b', 3, [manager(null)], 'HIGH')]),
  ];
  const result = calibrate(fixture, ['a', 'b']);

  test('orders assessments oldest first and averages self minus others over the items compared', () => {
    expect(result.assessments.map((assessment) => [assessment.assessmentId, assessment.compared, assessment.meanSigned, assessment.meanAbsolute])).toEqual([
      ['a', 1, 2, 2],
      ['b', 1, 1, 1],
      ['c', 2, -0.5, 0.5],
    ]);
    expect(result.withRatings).toBe(3);
  });

  test('per item: the distances, the latest, and whether the last two moved closer', () => {
    const [a, b] = result.items;
    expect(a).toMatchObject({ key: 'a', latest: 0, movement: { kind: 'closer', by: 1 } });
    expect(a!.points.map((point) => point.distance)).toEqual([2, 1, 0]);
    // Two peers are too few and "no opportunity" is no level: only the last assessment compares item b.
    expect(b).toMatchObject({ key: 'b', latest: -1, movement: null });
    expect(b!.points.map((point) => point.distance)).toEqual([null, null, -1]);
  });

  test('overall: closer than last time by the change in the mean size of the distance', () => {
    expect(result.movement).toEqual({ kind: 'closer', by: 0.5 });
    expect(describeOverall(result)).toEqual([
      'On your latest assessment with others’ ratings, you rated yourself lower than others by 0.5 levels on average: they see more in you than you do. Item by item, you were 0.5 levels from them on average, over 2 items.',
      'That is closer than last time by 0.5 levels, across 3 assessments with others’ ratings.',
    ]);
  });

  test('groups every compared item by the confidence given', () => {
    expect(result.byConfidence).toEqual([
      { confidence: 'HIGH', compared: 2, meanAbsolute: 1, meanSigned: 1 },
      { confidence: 'LOW', compared: 2, meanAbsolute: 1, meanSigned: 0 },
    ]);
    expect(describeConfidence(result.byConfidence)).toBe('Whether your confidence was high or low, you were 1 level from others on average: so far it has not told you where others agree.');
  });

  test('an assessment with nothing compared is left out, and nothing at all gives no lead', () => {
    const none = calibrate([on(1, 'x', [item('a', 3, [peer(2), peer(2)])])]);
    expect(none).toMatchObject({ withRatings: 1, assessments: [], items: [], movement: null, byConfidence: [] });
    expect(describeOverall(none)).toEqual([]);
  });
});

describe('calibration in words', () => {
  // Every figure the calibration page puts in words: which figure, the words it
  // must read as, and the words it does.
  test.each([
    ['movement closer by 0.5', 'Closer than last time by 0.5 levels', describeMovement({ kind: 'closer', by: 0.5 })],
    ['movement further by 1', 'Further apart than last time by 1 level', describeMovement({ kind: 'further', by: 1 })],
    ['no movement', 'As far apart as last time', describeMovement({ kind: 'same', by: 0 })],
    ['movement with one assessment', 'Only one assessment to go on', describeMovement(null)],
    ['a lean of 2', 'higher than others by 2 levels on average: more confident in yourself than they are', describeLean(2)],
    ['a lean of -0.25', 'lower than others by 0.3 levels on average: they see more in you than you do', describeLean(-0.25)],
    ['a lean of 0.04', 'neither higher nor lower than others, on balance', describeLean(0.04)],
    ['a distance of 1.5', '1.5 levels above others', describeDistance(1.5)],
    ['a distance of -1', '1 level below others', describeDistance(-1)],
    ['a distance of 0', 'Level with others', describeDistance(0)],
    ['no distance', 'Not compared', describeDistance(null)],
  ])('%s reads "%s"', (_, text, words) => {
    expect(words).toBe(text);
  });

  test.each([
    [[], /gave no confidence/],
    [[{ confidence: 'HIGH', compared: 3, meanAbsolute: 1, meanSigned: 1 }], /Every item compared had high confidence/],
    [
      [
        { confidence: 'HIGH', compared: 3, meanAbsolute: 0.4, meanSigned: 0.4 },
        { confidence: 'LOW', compared: 2, meanAbsolute: 1.2, meanSigned: -1.2 },
      ],
      /^When your confidence was high you were 0.4 levels from others on average; when it was low, 1.2 levels .* a fair guide/,
    ],
    [
      [
        { confidence: 'HIGH', compared: 3, meanAbsolute: 1.5, meanSigned: 1.5 },
        { confidence: 'LOW', compared: 2, meanAbsolute: 0.5, meanSigned: 0 },
      ],
      /Being sure has not meant others agree/,
    ],
  ] as const)('confidence groups %j', (groups, text) => {
    expect(describeConfidence(groups)).toMatch(text);
  });
});

describe('calibration properties', () => {
  const level = fc.integer({ min: 1, max: 5 });
  const rating = fc.record({ role: fc.constantFrom('MANAGER', 'MENTOR', 'PEER'), level, noOpportunity: fc.boolean() }).map(
    (r): OthersRating => ({ ...r, level: r.noOpportunity ? null : r.level }),
  );
  const items = fc.uniqueArray(
    fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd'), self: fc.option(level), confidence: fc.constantFrom('LOW', 'MEDIUM', 'HIGH', null), ratings: fc.array(rating, { maxLength: 6 }) }),
    { selector: (entry) => entry.key, maxLength: 4 },
  );
  const history = fc.uniqueArray(fc.record({ id: fc.uuid(), day: fc.integer({ min: 1, max: 300 }), items }), { selector: (entry) => entry.id, maxLength: 6 }).map((entries) =>
    entries.map(({ id, day, items: rated }) => on(day, id, rated)),
  );

  test('the mean size of the distance is never below the size of the mean, and both stay within the scale', () => {
    fc.assert(
      fc.property(history, (input) => {
        for (const assessment of calibrate(input).assessments) {
          expect(assessment.meanAbsolute + 1e-9).toBeGreaterThanOrEqual(Math.abs(assessment.meanSigned));
          expect(assessment.meanAbsolute).toBeLessThanOrEqual(4);
          expect(assessment.compared).toBeGreaterThan(0);
        }
      }),
    );
  });

  test('the order the assessments come in does not change the result', () => {
    fc.assert(
      fc.property(history, (input) => {
        expect(calibrate([...input].reverse())).toEqual(calibrate(input));
      }),
    );
  });

  test('the confidence groups together count every item compared', () => {
    fc.assert(
      fc.property(history, (input) => {
        const result = calibrate(input);
        const compared = result.items.flatMap((entry) => entry.points.filter((point) => point.distance !== null && point.confidence !== null)).length;
        expect(result.byConfidence.reduce((sum, group) => sum + group.compared, 0)).toBe(compared);
      }),
    );
  });

  test('closer and further are opposites', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -40, max: 40 }), (x, y) => {
        const [from, to] = [x / 10, y / 10];
        const there = movementBetween(from, to);
        const back = movementBetween(to, from);
        expect(there.by).toBe(back.by);
        if (there.kind === 'same') expect(back.kind).toBe('same');
        else expect(back.kind).toBe(there.kind === 'closer' ? 'further' : 'closer');
      }),
    );
  });

  test('levels read with one decimal at most', () => {
    fc.assert(
      fc.property(fc.double({ min: -4, max: 4, noNaN: true }), (value) => {
        expect(levelsText(value)).toMatch(/^\d(\.\d)? levels?$/);
      }),
    );
  });
});

describe('the people a rater rates, side by side', () => {
  const base = { subjectSubmitted: true, assessedAt: new Date('2026-12-01T00:00:00Z') };
  const own = [
    { key: 'a', title: 'Item A', level: 3, noOpportunity: false },
    { key: 'b', title: 'Item B', level: null, noOpportunity: true },
  ];
  const inputs: SideBySideInput[] = [
    { ...base, id: '1', subjectName: 'Sam', role: 'MANAGER', submitted: true, own, self: [{ key: 'a', level: 4, noOpportunity: false }] },
    { ...base, id: '2', subjectName: 'Kim', role: 'PEER', submitted: true, own: own.slice(0, 1), self: null },
    { ...base, id: '3', subjectName: 'Lee', role: 'MENTOR', submitted: false, own: [], self: null },
    { ...base, id: '4', subjectName: 'Ash', role: 'MANAGER', submitted: true, subjectSubmitted: false, own: [], self: null },
  ];

  test('the same name twice is told apart by the assessment’s date', () => {
    const twice = buildSideBySide([inputs[0]!, { ...inputs[0]!, id: '5', assessedAt: new Date('2027-03-01T00:00:00Z') }]);
    expect(twice.columns.map((column) => column.label)).toEqual(['Sam, 1 Dec 2026', 'Sam, 1 Mar 2027']);
  });

  test('one column per person, one row per item, self-ratings only where given', () => {
    const { columns, rows } = buildSideBySide(inputs);
    expect(columns.map((column) => column.selfShown)).toEqual(['shown', 'peer', 'after-you-submit', 'after-they-submit']);
    expect(columns.map((column) => column.label)).toEqual(['Sam', 'Kim', 'Lee', 'Ash']);
    expect(rows).toEqual([
      { key: 'a', title: 'Item A', cells: [{ own: 3, self: 4 }, { own: 3 }, { own: null }, { own: null }] },
      { key: 'b', title: 'Item B', cells: [{ own: 'no-opportunity', self: null }, { own: null }, { own: null }, { own: null }] },
    ]);
  });
});
