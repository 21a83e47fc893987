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

function vertices(polygon: Element | null | undefined): [number, number][] {
  const points = polygon?.getAttribute('points') ?? '';
  return points
    .split(' ')
    .filter(Boolean)
    .map((pair) => pair.split(',').map(Number) as [number, number]);
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function distance([x1, y1]: [number, number], [x2, y2]: [number, number]): number {
  return Math.hypot(x2 - x1, y2 - y1);
}

describe('the drawings', () => {
  test('the radar puts each level on its spoke, and an unrated item gets no point rather than one at 0', () => {
    const { container } = render(<GapCharts summary={summaryOf(answers)} />);
    const radar = container.querySelector('svg[data-chart="radar"]');
    const labels = [...(radar?.querySelectorAll('text') ?? [])].map((text) => text.textContent);
    expect(labels).toEqual(['1', '2', '3', '4', '5', 'A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6']);

    const grid = [...(radar?.querySelectorAll('g:first-of-type > polygon') ?? [])].map(vertices);
    expect(grid).toHaveLength(5);
    const outer = grid[4]!;
    const centre: [number, number] = [mean(outer.map(([x]) => x)), mean(outer.map(([, y]) => y))];

    const target = vertices(radar?.querySelector('[data-series="Target"] polygon'));
    const now = vertices(radar?.querySelector('[data-series="Now"] polygon'));
    expect(target).toHaveLength(11);
    // A5 has no opportunity yet and B1 is unrated: nine points, and nine dots.
    expect(now).toHaveLength(9);
    expect(radar?.querySelectorAll('[data-series="Now"] circle')).toHaveLength(9);
    // A3 is rated 5, the outer ring; every target is 4, four fifths of the way out.
    expect(now[2]).toEqual(outer[2]);
    expect(distance(target[0]!, centre) / distance(outer[0]!, centre)).toBeCloseTo(0.8, 2);
    expect(distance(outer[3]!, centre)).toBeCloseTo(distance(outer[0]!, centre), 1);
    expect(radar?.querySelector('[data-series="Previous"]')).toBeNull();
  });

  test('with a previous assessment the radar draws it too, and the legend names all three lines', () => {
    const { container } = render(<GapCharts summary={summaryOf(answers, [1, 3, 4, 1, 2, 2, 2, 2, 2, 2, 1])} />);
    expect(vertices(container.querySelector('[data-series="Previous"] polygon'))).toHaveLength(11);
    const figure = screen.getByRole('figure', { name: 'Where you are against your targets' });
    expect(within(figure).getAllByRole('listitem', { hidden: true }).map((item) => item.textContent)).toEqual(['Now', 'Target', 'Previous']);
  });

  test('bars run largest first with lengths in proportion, and items without a gap get a label and no bar', () => {
    const { container } = render(<GapCharts summary={summaryOf(answers)} />);
    const rows = [...container.querySelectorAll('[data-chart="gaps"] [data-bar]')];
    expect(rows.map((row) => row.getAttribute('data-bar'))).toEqual(['A4', 'B6', 'A1', 'B4', 'B2', 'B3', 'A2', 'A3', 'B5', 'A5', 'B1']);
    const width = (row: Element | undefined) => row?.querySelector<HTMLElement>('span.rounded-r-sm')?.style.width ?? null;
    expect(width(rows[0])).toMatch(/\b0\.75 \* \(100% - 9\.5rem\)/);
    expect(width(rows[2])).toMatch(/\b0\.5 \* \(100% - 9\.5rem\)/);
    expect(rows[0]).toHaveTextContent('3 levels below target');
    for (const [index, label] of [[6, 'at target'], [7, 'above target'], [8, 'at target'], [9, 'no opportunity yet'], [10, 'not rated']] as const) {
      expect(width(rows[index])).toBeNull();
      expect(rows[index]).toHaveTextContent(label);
    }
  });
});
