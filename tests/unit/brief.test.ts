import { describe, expect, test } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import { briefTexts, buildBrief, DEFAULT_BRIEF_CHOICES, shortQuote, QUOTE_MAX, STRENGTHS_SHOWN, type BriefChoices, type BriefOthersInput } from '@/lib/domain/brief';
import { readReadiness } from '@/lib/domain/reading';
import { readinessBand, thirdPersonOf } from '@/lib/domain/readiness-verdict';
import { joinTitles } from '@/lib/domain/readiness';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { goalOn, summaryOf } from '../support/summary-fixture';

// The brief is read by the EM's manager, HoE or coach: it speaks of the EM by
// name and never to anyone. These tests read every string it can produce.
const SECOND_PERSON_WORDS = /\b(you|your|yours|yourself|yourselves)\b|\byou['’](re|ve|ll|d)\b/i;

const NOW = new Date('2027-04-02T12:00:00Z');
const ITEM_KEYS = frameworkContent.sections.flatMap((section) => section.items.map((item) => item.key));
const EVIDENCE = 'Led the re-org of two teams (Tom and Priya) and re-present the plan quarterly to the exec team.';
const ASK = 'A stretch assignment leading the platform budget next quarter, and a quarterly check-in on progress.';

// Managing Managers, Technical Strategy and Executive Stakeholders are the must-haves; every target is 4.
const MIXED = [4, 3, 4, 3, 2, 4, 3, 4, 3, 3, 4].map((level) => ({ level, confidence: 'HIGH' as const, evidence: EVIDENCE }));
const ALL_AT_TARGET = MIXED.map((answer) => ({ ...answer, level: 4 }));
const NONE_AT_TARGET = MIXED.map((answer) => ({ ...answer, level: 3 }));
const MUST_HAVE_SHORT = MIXED.map((answer, index) => ({ ...answer, level: index === 0 ? 1 : answer.level }));
const LOW_COVERAGE = MIXED.map((answer, index) => ({ ...answer, level: index < 3 ? answer.level : null }));
const UNRATED = MIXED.map((answer) => ({ ...answer, level: null }));
const NO_OPPORTUNITY = MIXED.map((answer, index) => (index === 4 ? { level: null, noOpportunity: true } : answer));

const GOALS = [
  goalOn('operating-model', { id: 'late', action: 'Run a delivery health review', targetDate: new Date('2027-03-01T00:00:00Z') }),
  goalOn('technical-strategy', { id: 'soon', action: 'Write the two-year platform strategy', targetDate: new Date('2027-05-15T00:00:00Z'), status: 'NOT_STARTED' }),
  goalOn('engineering-culture', { id: 'done', status: 'DONE', finishedAt: new Date('2027-03-20T00:00:00Z') }),
];

const OTHERS: BriefOthersInput = {
  raters: ['MANAGER', 'MENTOR', 'PEER', 'PEER', 'PEER'],
  ratingsByItem: {
    'managing-managers': [
      { role: 'MANAGER', level: 2, noOpportunity: false },
      { role: 'MENTOR', level: 2, noOpportunity: false },
    ],
    'operating-model': [
      { role: 'MANAGER', level: 4, noOpportunity: false },
      { role: 'MENTOR', level: 4, noOpportunity: false },
    ],
    'engineering-culture': [{ role: 'MANAGER', level: 4, noOpportunity: false }],
  },
};

const ALL_IN: BriefChoices = { ask: ASK, includeEvidence: true, includePlan: true, includeOthers: true, includeLog: true };

type Fixture = [string, DevelopmentSummary, BriefChoices, BriefOthersInput];

const FIXTURES: Fixture[] = [
  ['everything included', summaryOf(MIXED, undefined, GOALS), ALL_IN, OTHERS],
  ['no plan chosen', summaryOf(MIXED, undefined, GOALS), { ...ALL_IN, includePlan: false }, OTHERS],
  ['a plan with no goals', summaryOf(MIXED), ALL_IN, null],
  ['no ask', summaryOf(MIXED, undefined, GOALS), { ...ALL_IN, ask: '' }, OTHERS],
  ['a blank ask', summaryOf(MIXED), { ...ALL_IN, ask: ' \n ' }, null],
  ['all at target', summaryOf(ALL_AT_TARGET, undefined, GOALS), ALL_IN, OTHERS],
  ['none at target', summaryOf(NONE_AT_TARGET, undefined, GOALS), ALL_IN, OTHERS],
  ['a must-have far below target', summaryOf(MUST_HAVE_SHORT), ALL_IN, OTHERS],
  ['too little rated', summaryOf(LOW_COVERAGE), ALL_IN, null],
  ['nothing rated', summaryOf(UNRATED), DEFAULT_BRIEF_CHOICES, null],
  ['no opportunity yet on one item', summaryOf(NO_OPPORTUNITY), ALL_IN, OTHERS],
  ['every priority dismissed', summaryOf(NONE_AT_TARGET, undefined, [], { priorityChoices: Object.fromEntries(ITEM_KEYS.map((key) => [key, 'DISMISSED' as const])) }), ALL_IN, null],
  ['low confidence and no evidence', summaryOf(MIXED.map((answer, index) => ({ ...answer, confidence: index % 2 ? ('LOW' as const) : null, evidence: index % 3 ? '' : EVIDENCE }))), ALL_IN, OTHERS],
  ['a single-target framework version', summaryOf(MIXED, undefined, GOALS, { measure: null }), ALL_IN, OTHERS],
];

const sectionOf = (brief: ReturnType<typeof buildBrief>, key: string) => brief.sections.find((section) => section.key === key);

describe('buildBrief', () => {
  test.each(FIXTURES)('%s: nothing it says is in the second person', (_name, summary, choices, others) => {
    const texts = briefTexts(buildBrief(summary, choices, others, NOW));
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.filter((text) => SECOND_PERSON_WORDS.test(text))).toEqual([]);
  });

  test.each(FIXTURES)('%s: it names the EM and leads with readiness', (_name, summary, choices, others) => {
    const brief = buildBrief(summary, choices, others, NOW);
    expect(brief.title).toBe('Ada Lovelace: development brief');
    expect(brief.sections[0]?.key).toBe('readiness');
    expect(brief.sections.map((section) => section.key)).toEqual(expect.arrayContaining(['readiness', 'strengths', 'gaps']));
  });

  test('the scan finds second-person words, so a clean result means something', () => {
    expect(['Your plan', 'what you rated', 'you’re close', 'YOU'].map((text) => SECOND_PERSON_WORDS.test(text))).toEqual([true, true, true, true]);
    expect(['Youssef', 'yourt', 'the EM’s plan'].map((text) => SECOND_PERSON_WORDS.test(text))).toEqual([false, false, false]);
  });

  test('readiness is the figure and the same reading the app gives, in the third person', () => {
    const summary = summaryOf(MIXED);
    const readiness = sectionOf(buildBrief(summary, ALL_IN, null, NOW), 'readiness')!;
    expect(readiness.paragraphs[0]).toBe(`${summary.readiness.percent}% (11 of 11 rated)`);
    const band = readinessBand(summary.readiness.percent!, thirdPersonOf('Ada Lovelace'));
    expect(readiness.paragraphs[1]).toBe(`Ada Lovelace is ${band}.`);
    // The app's own reading keeps its second person, in the same words.
    const ownBand = readinessBand(summary.readiness.percent!);
    expect(ownBand).toBe(band.replace(/\btheir\b/g, 'your'));
    expect(summary.reading.toLowerCase()).toContain(ownBand);
    expect(readReadiness(summary.readiness, [], [])).toMatch(/\byour\b/);
  });

  test.each([
    [LOW_COVERAGE, 'Too little rated for a figure', 'Too little is rated'],
    [UNRATED, 'Not rated yet', 'Nothing is rated yet'],
    [MUST_HAVE_SHORT, 'Not yet ready: Managing Managers', 'Managing Managers is a must-have two or more levels below target'],
  ])('a readiness without a figure says what stands in its place', (answers, headline, reading) => {
    const readiness = sectionOf(buildBrief(summaryOf(answers), ALL_IN, null, NOW), 'readiness')!;
    expect(readiness.paragraphs[0]).toContain(headline);
    expect(readiness.paragraphs[1]).toContain(reading);
  });

  test('strengths are the items at or above target, with a quote only when evidence is chosen', () => {
    const summary = summaryOf(MIXED);
    const strengths = sectionOf(buildBrief(summary, ALL_IN, null, NOW), 'strengths')!;
    const atTarget = summary.gaps.filter((gap) => gap.state === 'at-target').map((gap) => gap.title);
    expect(atTarget).toHaveLength(5);
    expect(strengths.entries.map((entry) => entry.title)).toEqual(atTarget.slice(0, STRENGTHS_SHOWN));
    expect(strengths.notes).toEqual([`Also at or above target: ${joinTitles(atTarget.slice(STRENGTHS_SHOWN))}.`]);
    expect(strengths.entries[0]).toMatchObject({ detail: 'Level 4 (Established) against a target of 4: at target; confidence high.', quote: EVIDENCE });

    const withoutQuotes = sectionOf(buildBrief(summary, { ...ALL_IN, includeEvidence: false }, null, NOW), 'strengths')!;
    expect(withoutQuotes.entries.map((entry) => entry.quote)).toEqual([null, null, null]);
  });

  test('must-have strengths come first, then the furthest above target', () => {
    const levels = [4, 3, 5, 4, 2, 4, 3, 5, 3, 3, 4].map((level) => ({ level, confidence: 'HIGH' as const, evidence: EVIDENCE }));
    const strengths = sectionOf(buildBrief(summaryOf(levels), ALL_IN, null, NOW), 'strengths')!;
    expect(strengths.entries.map((entry) => entry.title)).toEqual(['Managing Managers', 'Executive Stakeholder Relationships', 'Engineering Culture']);
  });

  test('the EM’s long texts are cut at a word so the brief stays one page', () => {
    const long = 'Evidence '.repeat(100);
    const goals = Array.from({ length: 5 }, (_, index) => goalOn('operating-model', { id: `goal-${index}`, action: 'Act '.repeat(60), successMeasure: 'Measure '.repeat(60) }));
    const brief = buildBrief(summaryOf(MIXED.map((answer) => ({ ...answer, evidence: long })), undefined, goals), ALL_IN, null, NOW);
    expect(sectionOf(brief, 'strengths')!.entries.map((entry) => entry.quote!.length)).toSatisfy((lengths: number[]) => lengths.every((length) => length <= QUOTE_MAX + 1));
    const plan = sectionOf(brief, 'plan')!;
    expect(plan.entries).toHaveLength(3);
    expect(plan.entries[0]!.title.length).toBeLessThanOrEqual(121);
    expect(plan.notes).toEqual(['2 more open goals later in the plan.']);
  });

  test('with every gap set aside, the brief says so rather than listing none', () => {
    const dismissed = FIXTURES.find(([name]) => name === 'every priority dismissed')!;
    expect(sectionOf(buildBrief(dismissed[1], ALL_IN, null, NOW), 'gaps')).toMatchObject({ paragraphs: ['Every item below target is set aside by Ada Lovelace for now.'], entries: [] });
  });

  test('with nothing at target, the strengths say so', () => {
    expect(sectionOf(buildBrief(summaryOf(NONE_AT_TARGET), ALL_IN, null, NOW), 'strengths')).toMatchObject({ paragraphs: ['No item is at or above target yet.'], entries: [], notes: [] });
  });

  test('the gaps that matter are the priorities, in their order, in words for the reader', () => {
    const summary = summaryOf(MIXED, undefined, GOALS);
    const gaps = sectionOf(buildBrief(summary, ALL_IN, null, NOW), 'gaps')!;
    expect(gaps.entries.map((entry) => entry.title)).toEqual(summary.priorities.map((priority) => priority.title));
    expect(gaps.entries.find((entry) => entry.title === 'Organisation-Wide Technical Strategy')?.detail).toBe(
      'Level 3 (Developing) against a target of 4: 1 level below target. A must-have for the role. Already in the plan.',
    );
    expect(gaps.notes.join(' ')).toContain('Also below target:');
  });

  test('the ask is quoted as written, and left out when there is none', () => {
    const ask = `${ASK}\nSecond line (with "quotes").`;
    expect(sectionOf(buildBrief(summaryOf(MIXED), { ...ALL_IN, ask: `  ${ask}  ` }, null, NOW), 'ask')).toEqual({
      key: 'ask',
      heading: 'What Ada Lovelace is asking for',
      paragraphs: [ask],
      entries: [],
      notes: [],
    });
    expect(sectionOf(buildBrief(summaryOf(MIXED), { ...ALL_IN, ask: '' }, null, NOW), 'ask')).toBeUndefined();
  });

  test('the plan lists open goals soonest first, with dates, and only when chosen', () => {
    const summary = summaryOf(MIXED, undefined, GOALS);
    const plan = sectionOf(buildBrief(summary, ALL_IN, null, NOW), 'plan')!;
    expect(plan.entries.map((entry) => entry.title)).toEqual(['Run a delivery health review', 'Write the two-year platform strategy']);
    expect(plan.entries[0]?.detail).toBe(
      'Operating Model and Delivery Health at Scale. In progress, due 1 Mar 2027 (overdue by 32 days). Success looks like: They run the next one without me',
    );
    expect(plan.entries[1]?.detail).toContain('Not started, due 15 May 2027');
    expect(plan.notes).toEqual(['1 goal finished recently.']);
    expect(sectionOf(buildBrief(summary, { ...ALL_IN, includePlan: false }, null, NOW), 'plan')).toBeUndefined();
    expect(sectionOf(buildBrief(summaryOf(MIXED), ALL_IN, null, NOW), 'plan')?.paragraphs).toEqual(['Ada Lovelace has no open goals in the plan yet.']);
  });

  test('others’ view shows roles by count, peers only as a group of three, and where the views differ', () => {
    const others = sectionOf(buildBrief(summaryOf(MIXED), ALL_IN, OTHERS, NOW), 'others')!;
    expect(others.paragraphs).toEqual(['Rated by one manager, one mentor or coach and 3 peers or reports, as a group.', 'Within a level of each other on 1 of 3 items compared.']);
    expect(others.entries).toEqual([
      { title: 'Managing Managers', detail: 'Ada Lovelace: level 4; others: 2 (the middle rating). Rated higher by Ada Lovelace than by others. Worth a conversation.', quote: null },
      { title: 'Operating Model and Delivery Health at Scale', detail: 'Ada Lovelace: level 2; others: 4 (the middle rating). Rated higher by others than by Ada Lovelace. Worth a conversation.', quote: null },
    ]);
  });

  test('others’ view is left out unless chosen, when nobody’s ratings may be shown, and when only two peers rated', () => {
    const summary = summaryOf(MIXED);
    expect(sectionOf(buildBrief(summary, { ...ALL_IN, includeOthers: false }, OTHERS, NOW), 'others')).toBeUndefined();
    expect(sectionOf(buildBrief(summary, ALL_IN, null, NOW), 'others')).toBeUndefined();
    const twoPeers: BriefOthersInput = {
      raters: ['PEER', 'PEER'],
      ratingsByItem: { 'managing-managers': [{ role: 'PEER', level: 1, noOpportunity: false }, { role: 'PEER', level: 1, noOpportunity: false }] },
    };
    expect(sectionOf(buildBrief(summary, ALL_IN, twoPeers, NOW), 'others')).toBeUndefined();
  });

  test('an EM without a name is named by their email address', () => {
    const summary = { ...summaryOf(MIXED), owner: { name: null, email: 'ada@example.com' } };
    expect(buildBrief(summary, ALL_IN, null, NOW).title).toBe('ada@example.com: development brief');
  });

  test('a draft says it is one', () => {
    const summary = summaryOf(MIXED);
    const draft = { ...summary, assessment: { ...summary.assessment, status: 'DRAFT' as const, submittedAt: null } };
    expect(buildBrief(draft, ALL_IN, null, NOW).context).toMatch(/^Draft self-assessment, not submitted \(started 1 Oct 2026\)/);
    expect(buildBrief(summary, ALL_IN, null, NOW).context).toBe(
      'Self-assessment submitted 2 Oct 2026, against the Head of Engineering framework (version 1), measured against “effective in the role” targets.',
    );
  });
});

describe('shortQuote', () => {
  test.each([
    ['Short and sweet.', 'Short and sweet.'],
    ['  Spaces\n\nand lines  ', 'Spaces and lines'],
  ])('keeps a short quote as written: %j', (evidence, quote) => {
    expect(shortQuote(evidence)).toBe(quote);
  });

  test('cuts a long quote at a word and marks the cut', () => {
    const long = `${'word '.repeat(80)}end`;
    const quote = shortQuote(long);
    expect(quote.length).toBeLessThanOrEqual(QUOTE_MAX + 1);
    expect(quote).toMatch(/word…$/);
  });
});
