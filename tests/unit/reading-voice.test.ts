import { describe, expect, test } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import { priorityActionLabel, priorityRule, type PriorityAction } from '@/lib/domain/priorities';
import { readinessVerdict, SECOND_PERSON, thirdPersonOf } from '@/lib/domain/readiness-verdict';
import { readReadiness, readReadinessDetail } from '@/lib/domain/reading';
import { computeReadiness } from '@/lib/domain/readiness';
import { describeMeasure } from '@/lib/domain/targets';
import { goalOn, summaryOf } from '../support/summary-fixture';
import { SECOND_PERSON_WORDS } from '../support/second-person';

// The app speaks to the EM; what the EM shares speaks of them by name. The
// same functions write both, told which by a voice.
const NAME = 'Ada Lovelace';
const SHARED = thirdPersonOf(NAME);
const ITEM_KEYS = frameworkContent.sections.flatMap((section) => section.items.map((item) => item.key));

const rated = (level: number | null, fields: { confidence?: 'LOW' | 'HIGH' | null; evidence?: string; noOpportunity?: boolean } = {}) => ({
  level,
  confidence: 'HIGH' as const,
  evidence: 'Calibration notes.',
  ...fields,
});
const MIXED = [4, 3, 4, 3, 2, 4, 3, 4, 3, 3, 4].map((level) => rated(level));

// One summary per way a reading can go: each reading, detail and rule has its own wording.
const CASES: [string, ReturnType<typeof rated>[], Parameters<typeof summaryOf>[3]?][] = [
  ['a figure over every item', MIXED],
  ['a figure over some of the items', MIXED.map((answer, index) => (index === 10 ? rated(null) : answer))],
  ['a must-have far below target', MIXED.map((answer, index) => (index === 0 ? rated(1) : answer))],
  ['too little rated', MIXED.map((answer, index) => (index < 3 ? answer : rated(null, { noOpportunity: true })))],
  ['nothing rated', MIXED.map(() => rated(null))],
  ['at or above target without evidence', MIXED.map((answer) => ({ ...answer, level: 4, evidence: '', confidence: 'LOW' as const }))],
  ['every priority dismissed', MIXED.map((answer) => ({ ...answer, level: 3 })), { priorityChoices: Object.fromEntries(ITEM_KEYS.map((key) => [key, 'DISMISSED' as const])) }],
  ['a single-target version', MIXED, { measure: null }],
];

const summaries = CASES.map(([name, answers, choices]) => {
  const goals = [goalOn('managing-managers'), goalOn('executive-stakeholders', { id: 'goal-2' })];
  return [name, summaryOf(answers, undefined, goals, choices), summaryOf(answers, undefined, goals, { ...choices, shared: true })] as const;
});

describe('a summary for the EM and the same summary shared', () => {
  test.each(summaries)('%s: shared, its reading and measure never say "you"; the EM’s own keep it', (_name, own, shared) => {
    const sharedTexts = [shared.verdict, shared.readingDetail, shared.reading, shared.measure];
    expect(sharedTexts.filter((text) => SECOND_PERSON_WORDS.test(text))).toEqual([]);
    expect(shared.voice).toEqual(SHARED);
    expect(own.voice).toBe(SECOND_PERSON);
    // Same figures, same items: only the words change.
    expect(shared.readiness).toEqual(own.readiness);
    expect(shared.priorities).toEqual(own.priorities);
  });

  test('a figure is read about the EM by name, and to the EM without a subject', () => {
    const [, own, shared] = summaries[0]!;
    expect(shared.verdict).toMatch(/^Ada Lovelace is (most|well|just|close|at|some|halfway)/);
    expect(shared.verdict.replace('Ada Lovelace is ', '').replace(/\btheir\b/g, 'your').toLowerCase()).toBe(own.verdict.toLowerCase());
    const [, partOwn, partShared] = summaries[1]!;
    expect(partOwn.verdict).toMatch(/^Over the items you rated, /);
    expect(partShared.verdict).toMatch(/^Over the items rated, Ada Lovelace is /);
  });

  test('what follows the verdict names the EM where the app says "you"', () => {
    const [, own, shared] = summaries[2]!;
    expect(own.readingDetail).toMatch(/across the items you rated, the average is \d+%/);
    expect(shared.readingDetail).toMatch(/across the items they rated, the average is \d+%/);
    expect(own.readingDetail).toMatch(/Start with /);
    expect(shared.readingDetail).toMatch(/Ada Lovelace starts with /);
    const [, ownMixed, sharedMixed] = summaries[0]!;
    expect(ownMixed.readingDetail).toMatch(/is your strongest section/);
    expect(sharedMixed.readingDetail).toMatch(/is Ada Lovelace’s strongest section/);
    expect(own.measure).toMatch(/any target you changed yourself\.$/);
    expect(shared.measure).toMatch(/any target Ada Lovelace set to another level\.$/);
  });

  test.each([
    ['nothing rated', computeReadiness([{ weight: 1, answers: [] }])],
  ])('%s: the detail says what to do to the EM, and what is missing to the reader', (_name, readiness) => {
    expect(readReadinessDetail(readiness, [], [])).toMatch(/\byou\b/);
    expect(readReadinessDetail(readiness, [], [], SHARED)).toBe('Ada Lovelace has rated no item yet, so there is nothing to read.');
    expect(readReadiness(readiness, [], [], SHARED)).not.toMatch(SECOND_PERSON_WORDS);
    expect(readinessVerdict(readiness, SHARED)).toBe(readinessVerdict(readiness));
  });
});

describe('the priority rule and labels', () => {
  test('the EM reads the rule about their own pins; the reader reads it about the EM', () => {
    expect(priorityRule()).toMatch(/^Items you pin come first/);
    expect(priorityRule(SECOND_PERSON)).toBe(priorityRule());
    const shared = priorityRule(SHARED);
    expect(shared).toMatch(/^Items Ada Lovelace pins come first; items they dismiss are left out\./);
    expect(shared).toContain('“in their plan”');
    expect(shared).not.toMatch(SECOND_PERSON_WORDS);
    // The reader cannot restore anything: the rule does not mention the control.
    expect(shared).not.toContain('restore');
  });

  test.each<[PriorityAction, string, string]>([
    ['develop', 'Develop first', 'Develop first'],
    ['calibrate', 'Calibrate first', 'Calibrate first'],
    ['in-plan', 'In your plan', 'In their plan'],
  ])('%s reads “%s” to the EM and “%s” to the reader', (action, own, shared) => {
    expect(priorityActionLabel(action)).toBe(own);
    expect(priorityActionLabel(action, SHARED)).toBe(shared);
  });

  test('a single-target version states its measure without a person', () => {
    expect(describeMeasure(null, 1, NAME)).toBe(describeMeasure(null, 1));
    expect(describeMeasure('STEP_UP', 2, NAME)).toBe('Measured against the “ready to step up” targets of framework version 2, and any target Ada Lovelace set to another level.');
  });
});
