import { fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { GoalGuidePanel } from '@/components/plan/goal-guide';
import { GoalStatusControl } from '@/components/plan/goal-status-control';
import { PlanFilters } from '@/components/plan/plan-filters';
import type { ActionResult } from '@/lib/validation/action-result';

/** A status action that records what it was sent and confirms it. */
function recordingAction(sent: string[]) {
  return (_previous: ActionResult, form: FormData): Promise<ActionResult> => {
    const status = form.get('status');
    sent.push(typeof status === 'string' ? status : '');
    return Promise.resolve({ ok: true, message: 'Status updated.' });
  };
}

describe('GoalStatusControl', () => {
  test('without JavaScript it is a plain form with a labelled select and its own button', () => {
    const html = renderToString(<GoalStatusControl action={recordingAction([])} goalId="g1" goalAction="Run skip-levels" status="NOT_STARTED" />);
    const server = document.createElement('div');
    server.innerHTML = html;
    expect(within(server).getByRole('combobox', { name: 'Status' })).toHaveValue('NOT_STARTED');
    expect(within(server).getByRole('button', { name: 'Save status of “Run skip-levels”' })).toHaveAttribute('type', 'submit');
  });

  test('a choice made with the arrow keys waits for Enter, says so, then saves once', async () => {
    const sent: string[] = [];
    render(<GoalStatusControl action={recordingAction(sent)} goalId="g1" goalAction="Run skip-levels" status="NOT_STARTED" />);
    const select = screen.getByRole('combobox', { name: 'Status' });
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'IN_PROGRESS' } });
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'DONE' } });
    expect(sent).toEqual([]);
    expect(select).toHaveAccessibleDescription('Not saved yet: press Enter or Save status.');
    expect(screen.getByRole('button', { name: 'Save status of “Run skip-levels”' })).toBeVisible();
    fireEvent.keyDown(select, { key: 'Enter' });
    expect(await screen.findByRole('status')).toHaveTextContent('Status updated.');
    expect(sent).toEqual(['DONE']);
  });
});

describe('PlanFilters', () => {
  test('each filter and order is a link to its own address, keeping the other, with the current one marked and counts given', () => {
    render(<PlanFilters show="overdue" sort="due" counts={{ all: 5, open: 3, overdue: 1, done: 2 }} />);
    const show = screen.getByRole('navigation', { name: 'Show goals' });
    expect(within(show).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['All (5)', '/plan?sort=due'],
      ['Open (3)', '/plan?show=open&sort=due'],
      ['Overdue (1)', '/plan?show=overdue&sort=due'],
      ['Done (2)', '/plan?show=done&sort=due'],
    ]);
    expect(within(show).getByRole('link', { current: 'page' })).toHaveTextContent('Overdue (1)');
    const order = screen.getByRole('navigation', { name: 'Order goals' });
    expect(within(order).getByRole('link', { name: 'By item' })).toHaveAttribute('href', '/plan?show=overdue');
    expect(within(order).getByRole('link', { current: 'page' })).toHaveTextContent('By due date');
  });
});

describe('GoalGuidePanel', () => {
  test('says where the item stands and from which assessment, quotes the evidence, and gives the next level with its signals', () => {
    render(
      <GoalGuidePanel
        guide={{
          level: 2,
          noOpportunity: false,
          targetLevel: 4,
          levelName: 'Developing',
          assessedOn: new Date('2027-03-01T10:00:00Z'),
          draft: false,
          evidence: 'I coach one lead.',
          next: { level: 3, name: 'Established', summary: 'Several managers.', text: 'You coach several managers.', signals: ['Each manager can say what you expect.', 'You review health quarterly.'] },
          stretch: null,
        }}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Where you stand' });
    expect(within(panel).getByText('From your assessment of 1 Mar 2027.')).toBeInTheDocument();
    expect(within(panel).getByText('Level 2 (Developing) · target 4 · 2 levels below target')).toBeInTheDocument();
    expect(within(panel).getByText('I coach one lead.')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'The next level: 3 (Established)' })).toBeInTheDocument();
    expect(within(panel).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Each manager can say what you expect.', 'You review health quarterly.']);
  });
});
