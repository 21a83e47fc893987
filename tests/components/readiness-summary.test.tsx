import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { PriorityList } from '@/components/gaps/priority-list';
import { ReadinessSummary } from '@/components/gaps/readiness-summary';
import { StrengthsList } from '@/components/gaps/strengths-list';
import { goalOn, summaryOf } from '../support/summary-fixture';

// Every item at its target of 4 with evidence, unless a case says otherwise; in framework order:
// A1 Managing Managers … A5 Operating model, B1 AI adoption … B6 AI regulation.
const shown = (level: number | null, fields: { noOpportunity?: boolean; confidence?: 'LOW' | 'MEDIUM' | 'HIGH'; evidence?: string } = {}) => ({
  level,
  confidence: 'HIGH' as const,
  evidence: 'The calibration notes show it.',
  ...fields,
});
const atTarget = () => Array.from({ length: 11 }, () => shown(4));


/** Every run of digits in the panel, with or without a % sign: the figures and counts it prints. */
const numbersIn = (element: HTMLElement) => (element.textContent ?? '').match(/\d+%?/g) ?? [];

describe('the readiness summary', () => {
  test('a must-have far below target reads "not yet ready" whatever the average, and states the measure and coverage', () => {
    const answers = atTarget();
    answers[0] = shown(1);
    render(<ReadinessSummary summary={summaryOf(answers)} />);
    const section = screen.getByRole('region', { name: 'Readiness' });
    expect(within(section).getByText('Not yet ready: Managing Managers is a must-have two or more levels below target.')).toBeVisible();
    expect(section).toHaveTextContent('11 of 11 rated');
    expect(section).toHaveTextContent(/No average makes up for that; across the items you rated, the average is \d+%\./);
    expect(section).toHaveTextContent('Skills to Develop (weight 50%)');
    expect(section).toHaveTextContent('Behaviours to Demonstrate (weight 50%)');
    expect(section).toHaveTextContent(/Each rated item counts 0% at level 1 and 100% at its target/);
    expect(section).toHaveTextContent(/Measured against the “effective in the role” targets of framework version 1/);
  });

  test('too little rated gives the coverage instead of a percentage, and says so in words', () => {
    const answers = Array.from({ length: 11 }, () => shown(null, { noOpportunity: true }));
    answers[1] = shown(4);
    render(<ReadinessSummary summary={summaryOf(answers)} />);
    const section = screen.getByRole('region', { name: 'Readiness' });
    expect(within(section).getByText('Too early to read: only one item is rated.')).toBeVisible();
    expect(section).toHaveTextContent('1 of 11 rated, 10 no opportunity yet');
    expect(within(section).queryAllByText(/^\d+%$/)).toEqual([]);
  });

  test('names the ratings at target that rest on nothing shown', () => {
    const answers = atTarget();
    answers[2] = shown(4, { evidence: '' });
    answers[6] = shown(5, { confidence: 'LOW' });
    render(<ReadinessSummary summary={summaryOf(answers)} />);
    expect(screen.getByRole('region', { name: 'Readiness' })).toHaveTextContent(
      '2 items are rated at or above target with no evidence or with low confidence: the figure counts them, but nothing yet shows them.',
    );
  });

  test.each([
    // Must-haves (the first, second and fourth items) kept within a level of target, so there is a figure.
    ['just past halfway, with an unrated item', [3, 3, 2, 3, 2, 3, 3, 3, 3, null, 2]],
    ['two thirds or so, every item rated', [3, 3, 4, 3, 3, 3, 3, 3, 3, 2, 3]],
    ['everything at target', Array.from({ length: 11 }, () => 4)],
  ])('the verdict is in words and no figure or count is printed twice: %s', (_, levels) => {
    render(<ReadinessSummary summary={summaryOf(levels.map((level) => shown(level)))} />);
    const section = screen.getByRole('region', { name: 'Readiness' });
    // The measure's own explanation (0% at level 1, 100% at target, 60% coverage) is fixed text, not a reading of this assessment.
    const explanation = within(section).getByText(/^Each rated item counts 0%/);
    const figures = within(section).getAllByRole('definition').flatMap(numbersIn);
    const elsewhere = [...section.querySelectorAll('p')].filter((p) => p !== explanation).flatMap(numbersIn);
    expect(figures.filter((figure) => figure.endsWith('%'))).toHaveLength(3);
    for (const figure of figures.filter((figure) => figure.endsWith('%'))) expect(elsewhere).not.toContain(figure);
    expect(elsewhere.filter((number) => /^\d+$/.test(number))).toEqual([]);
    expect(within(section).getByText(/^(Over the items you rated, )?[A-Za-z ,:]+\.$/, { selector: 'p.text-xl' })).toBeVisible();
  });
});

describe('the strengths', () => {
  test('names each item at or above target, in framework order, and says which rest on nothing shown', () => {
    const answers = atTarget();
    answers[0] = shown(2);
    answers[2] = shown(5, { evidence: '' });
    answers[3] = shown(null);
    answers[6] = shown(4, { confidence: 'LOW' });
    render(<StrengthsList summary={summaryOf(answers)} historyLinks />);
    const section = screen.getByRole('region', { name: 'Strengths' });
    const entries = within(section).getAllByRole('listitem');
    expect(entries.map((entry) => entry.querySelector('.font-medium')?.textContent)).toEqual([
      'Organisation-Wide Technical Strategy',
      'Engineering Culture',
      'Operating Model and Delivery Health at Scale',
      'AI adoption strategy',
      'Evidence-based view of AI impact',
      'AI ethics position',
      'AI investment business case',
      'Honest AI conversations in teams',
      'AI regulation and liability awareness',
    ]);
    expect(entries[1]).toHaveTextContent('level 5, target 4; no evidence or low confidence yet');
    expect(entries[0]).toHaveTextContent(/level 4, target 4How it moved/);
    expect(entries[4]).toHaveTextContent('Evidence-based view of AI impact · level 4, target 4; no evidence or low confidence yet');
    expect(entries[5]).not.toHaveTextContent('no evidence');
    expect(within(entries[0]!).getByRole('link', { name: 'How it moved: Organisation-Wide Technical Strategy' })).toHaveAttribute(
      'href',
      '/progress/items/technical-strategy',
    );
  });

  test('without history links, and with nothing at target, it says so', () => {
    render(<StrengthsList summary={summaryOf(Array.from({ length: 11 }, () => shown(2)))} />);
    const section = screen.getByRole('region', { name: 'Strengths' });
    expect(section).toHaveTextContent('No item is at or above its target yet.');
    expect(within(section).queryByRole('link')).toBeNull();
  });
});

describe('the measure', () => {
  test('the owner sees both measures, the one in use chosen, with a button that posts the form', () => {
    render(<ReadinessSummary summary={summaryOf(atTarget())} owned />);
    const section = screen.getByRole('region', { name: 'Readiness' });
    expect(section).toHaveTextContent('Measured against: “effective in the role”.');
    const group = within(section).getByRole('group', { name: 'Measure readiness against' });
    expect(within(group).getByRole('radio', { name: /“effective in the role” \(in use\)/ })).toBeChecked();
    expect(within(group).getByRole('radio', { name: /“ready to step up”/ })).not.toBeChecked();
    expect(within(section).getByRole('button', { name: 'Use this measure' })).toHaveAttribute('type', 'submit');
  });

  test.each([
    ['a shared summary', { owned: false, measure: 'IN_ROLE' as const }, 'Measured against: “effective in the role”.'],
    ['an assessment made before there were two targets', { owned: true, measure: null }, 'Measured against: the single target per item of the framework version it was made on.'],
  ])('%s offers no choice, and says which measure it is', (_, { owned, measure }, said) => {
    render(<ReadinessSummary summary={summaryOf(atTarget(), undefined, undefined, { measure })} owned={owned} />);
    const section = screen.getByRole('region', { name: 'Readiness' });
    expect(section).toHaveTextContent(said);
    expect(within(section).queryByRole('radio')).toBeNull();
  });

  test('a target set below the step-up level is flagged beside the measure', () => {
    const summary = summaryOf(atTarget(), undefined, undefined, { measure: 'STEP_UP' });
    const lowered = { ...summary, readiness: { ...summary.readiness, targetsBelowStepUp: 2 } };
    render(<ReadinessSummary summary={lowered} />);
    expect(screen.getByRole('region', { name: 'Readiness' })).toHaveTextContent(
      'Measured against: “ready to step up”, with 2 targets set below the framework’s “ready to step up” level.',
    );
  });
});

describe('pinning and dismissing priorities', () => {
  // Gaps of 2 on Engineering Culture, 1 on Operating model, AI adoption and AI ethics.
  const withGaps = () => {
    const answers = atTarget();
    answers[2] = shown(2);
    answers[4] = shown(3);
    answers[5] = shown(3);
    answers[7] = shown(3);
    return answers;
  };

  test('the owner pins and dismisses with buttons that each post their own name and the item, and sees what was set aside', () => {
    const summary = summaryOf(withGaps(), undefined, undefined, { priorityChoices: { 'ai-ethics-position': 'PINNED', 'engineering-culture': 'DISMISSED' } });
    render(<PriorityList summary={summary} addGoalFrom="assessment-0001" />);
    expect(screen.getAllByRole('heading', { level: 3, name: /^\d\. / }).map((heading) => heading.textContent)).toEqual([
      '1. AI ethics position',
      '2. Operating Model and Delivery Health at Scale',
      '3. AI adoption strategy',
    ]);
    const pinned = screen.getByRole('heading', { name: '1. AI ethics position' }).closest('li')!;
    expect(within(pinned).getByText('Pinned')).toBeVisible();
    expect(within(pinned).getByRole('button', { name: 'Unpin AI ethics position' })).toHaveAttribute('name', 'restore');
    expect(screen.getByRole('button', { name: 'Dismiss AI adoption strategy' })).toHaveAttribute('value', 'ai-adoption-strategy');
    expect(screen.getByRole('button', { name: 'Restore Engineering Culture' })).toHaveAttribute('name', 'restore');
    expect(screen.getByText('Dismissed (1)')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Your priorities' })).toHaveTextContent(/Items you pin come first; items you dismiss are left out/);
    expect(document.querySelector('input[name="assessmentId"]')).toHaveValue('assessment-0001');
  });

  test('a shared summary shows the order and names what was set aside, with no controls', () => {
    const summary = summaryOf(withGaps(), undefined, undefined, { priorityChoices: { 'engineering-culture': 'DISMISSED' } });
    render(<PriorityList summary={summary} />);
    expect(screen.getByRole('region', { name: 'Priorities' })).toHaveTextContent('Set aside from the priorities by the person assessed: Engineering Culture.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('the priorities', () => {
  test('an item with an open goal says "in your plan" and links to it instead of proposing a second goal', () => {
    const answers = atTarget();
    answers[0] = shown(3);
    render(<PriorityList summary={summaryOf(answers, undefined, [goalOn('managing-managers')])} addGoalFrom="assessment-0001" />);
    const priority = screen.getByRole('heading', { name: /Managing Managers/ }).closest('li')!;
    expect(within(priority).getByText(/^In your plan/)).toBeVisible();
    expect(within(priority).getByRole('link', { name: 'See Managing Managers in your plan' })).toHaveAttribute('href', '/plan#item-managing-managers-heading');
    expect(screen.queryByRole('link', { name: 'Add a goal for Managing Managers' })).toBeNull();
  });

  test('a low-confidence rating is calibrated first', () => {
    const answers = atTarget();
    answers[2] = shown(2, { confidence: 'LOW' });
    render(<PriorityList summary={summaryOf(answers)} addGoalFrom="assessment-0001" />);
    expect(screen.getByRole('heading', { name: /Engineering Culture/ }).closest('li')).toHaveTextContent(/Calibrate first: you rated this with low confidence/);
  });

  test('a "no opportunity yet" item becomes an opportunity to ask for, with the stretch assignment and the question', () => {
    const answers = atTarget();
    answers[3] = shown(null, { noOpportunity: true });
    render(<PriorityList summary={summaryOf(answers)} />);
    const opportunities = screen.getByRole('region', { name: 'Opportunities to ask for' });
    const entry = within(opportunities).getByRole('listitem');
    expect(entry).toHaveTextContent('Executive Stakeholder Relationships (must-have)');
    expect(entry).toHaveTextContent(/Stretch assignment: Present one engineering investment case/);
    expect(entry).toHaveTextContent(/Ask: “Could I present our next investment case/);
  });
});
