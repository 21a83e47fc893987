import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { GapCharts } from '@/components/gaps/gap-charts';
import { summaryOf } from '../support/summary-fixture';

const answers = [
  { level: 2 },
  { level: 4 },
  { level: 5 },
  { level: 1, confidence: 'LOW' as const },
  { level: null, noOpportunity: true },
  { level: null },
  { level: 3 },
  { level: 3 },
  { level: 2 },
  { level: 4 },
  { level: 1 },
];

describe('text equivalents of the gap charts', () => {
  test('the radar chart has a table of every item: level now, target and previous level', () => {
    render(<GapCharts summary={summaryOf(answers, [1, 3, 4, 1, 2, 2, 2, 2, 2, 2, 1])} />);
    const figure = screen.getByRole('figure', { name: 'Where you are against your targets' });
    const rows = within(within(figure).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(12);
    expect(rows[0]).toHaveTextContent('ItemNowTargetPrevious');
    expect(rows[1]).toHaveTextContent('A1 Managing Managers241');
    expect(rows[5]).toHaveTextContent('A5 Operating Model and Delivery Health at ScaleNo opportunity yet42');
    expect(rows[6]).toHaveTextContent('B1 AI adoption strategyNot rated42');
  });

  test('without a previous assessment there is no previous column', () => {
    render(<GapCharts summary={summaryOf(answers)} />);
    const figure = screen.getByRole('figure', { name: 'Where you are against your targets' });
    expect(within(figure).queryByRole('columnheader', { name: 'Previous' })).toBeNull();
  });

  test('the bar chart has a table of gaps, largest first, with states named rather than drawn as 0', () => {
    render(<GapCharts summary={summaryOf(answers)} />);
    const figure = screen.getByRole('figure', { name: 'Gaps, largest first' });
    const cells = within(within(figure).getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(cells.slice(0, 3)).toEqual([
      'A4 Executive Stakeholder Relationships3 levels below target',
      'B6 AI regulation and liability awareness3 levels below target',
      'A1 Managing Managers2 levels below target',
    ]);
    expect(cells).toContain('A2 Organisation-Wide Technical Strategyat target');
    expect(cells).toContain('A3 Engineering Cultureabove target');
    expect(cells.at(-2)).toBe('A5 Operating Model and Delivery Health at Scaleno opportunity yet');
    expect(cells.at(-1)).toBe('B1 AI adoption strategynot rated');
  });

  test('each table is shown on request, and the button says which state it is in', async () => {
    render(<GapCharts summary={summaryOf(answers)} />);
    const figure = screen.getByRole('figure', { name: 'Gaps, largest first' });
    const button = within(figure).getByRole('button', { name: 'Show as a table' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(within(figure).getByRole('button', { name: 'Hide the table' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(figure).getByRole('table')).toBeVisible();
  });
});
