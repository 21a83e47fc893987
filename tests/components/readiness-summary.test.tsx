import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { PriorityList } from '@/components/gaps/priority-list';
import { ReadinessSummary } from '@/components/gaps/readiness-summary';
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


describe('the readiness summary', () => {
  test('a must-have far below target reads "not yet ready" whatever the average, and states the measure and coverage', () => {
    const answers = atTarget();
    answers[0] = shown(1);
    render(<ReadinessSummary summary={summaryOf(answers)} />);
    const section = screen.getByRole('region', { name: 'Readiness' });
    expect(within(section).getByText('Not yet ready: Managing Managers')).toBeVisible();
    expect(section).toHaveTextContent('Coverage: 11 of 11 rated.');
    expect(section).toHaveTextContent('Must-haves: Managing Managers two or more levels below target, so not yet ready whatever the average.');
    expect(section).toHaveTextContent('Skills to Develop (weight 50%)');
    expect(section).toHaveTextContent('Behaviours to Demonstrate (weight 50%)');
    expect(section).toHaveTextContent(/Each rated item counts 0% at level 1 and 100% at its target/);
    expect(section).toHaveTextContent(/Measured against the “effective in the role” targets of framework version 1/);
  });

  test('too little rated gives the coverage instead of a percentage', () => {
    const answers = Array.from({ length: 11 }, () => shown(null, { noOpportunity: true }));
    answers[1] = shown(4);
    render(<ReadinessSummary summary={summaryOf(answers)} />);
    const section = screen.getByRole('region', { name: 'Readiness' });
    expect(within(section).getByText('Too little rated for a figure')).toBeVisible();
    expect(section).toHaveTextContent('Coverage: 1 of 11 rated, 10 no opportunity yet.');
    expect(within(section).queryAllByText(/^\d+%$/)).toEqual([]);
  });

  test('counts the ratings at target that rest on nothing shown', () => {
    const answers = atTarget();
    answers[2] = shown(4, { evidence: '' });
    answers[6] = shown(5, { confidence: 'LOW' });
    render(<ReadinessSummary summary={summaryOf(answers)} />);
    expect(screen.getByRole('region', { name: 'Readiness' })).toHaveTextContent(
      'Unsupported: 2 of the 11 rated items at or above target with no evidence or with low confidence.',
    );
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
