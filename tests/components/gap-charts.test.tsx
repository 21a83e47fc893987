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

const cellsOf = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('the text equivalent of the gap charts', () => {
  test('one table of every item, in the bars\' order: level now, target, previous level and gap, with states named rather than drawn as 0', () => {
    render(<GapCharts summary={summaryOf(answers, [1, 3, 4, 1, 2, 2, 2, 2, 2, 2, 1])} />);
    const figure = screen.getByRole('figure', { name: 'Where you are against your targets' });
    expect(within(figure).getAllByRole('table')).toHaveLength(1);
    const rows = within(within(figure).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(12);
    expect(cellsOf(rows[0]!)).toEqual(['Item', 'Now', 'Target', 'Previous', 'Gap']);
    expect(rows.slice(1, 4).map(cellsOf)).toEqual([
      ['Executive Stakeholder Relationships', '1', '4', '1', '3 levels below target'],
      ['AI regulation and liability awareness', '1', '4', '1', '3 levels below target'],
      ['Managing Managers', '2', '4', '1', '2 levels below target'],
    ]);
    const byItem = new Map(rows.slice(1).map((row) => { const [item, ...rest] = cellsOf(row); return [item, rest]; }));
    expect(byItem.get('Organisation-Wide Technical Strategy')).toEqual(['4', '4', '3', 'at target']);
    expect(byItem.get('Engineering Culture')).toEqual(['5', '4', '4', 'above target']);
    expect(cellsOf(rows.at(-2)!)).toEqual(['Operating Model and Delivery Health at Scale', 'No opportunity yet', '4', '2', 'no opportunity yet']);
    expect(cellsOf(rows.at(-1)!)).toEqual(['AI adoption strategy', 'Not rated', '4', '2', 'not rated']);
  });

  test('without a previous assessment there is no previous column', () => {
    render(<GapCharts summary={summaryOf(answers)} />);
    const figure = screen.getByRole('figure', { name: 'Where you are against your targets' });
    expect(within(figure).queryByRole('columnheader', { name: 'Previous' })).toBeNull();
    expect(cellsOf(within(figure).getAllByRole('row')[0]!)).toEqual(['Item', 'Now', 'Target', 'Gap']);
  });

  test('the table is shown on request, and the button says which state it is in', async () => {
    render(<GapCharts summary={summaryOf(answers)} />);
    const figure = screen.getByRole('figure', { name: 'Where you are against your targets' });
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
    // A label's lines are spans of its text; read them back as the words they break.
    const labels = [...(radar?.querySelectorAll('text') ?? [])].map((text) =>
      text.querySelector('tspan') ? [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') : text.textContent,
    );
    expect(labels).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      'Managing managers',
      'Technical strategy',
      'Engineering culture',
      'Executive stakeholders',
      'Operating model',
      'AI adoption strategy',
      'AI impact evidence',
      'AI ethics position',
      'AI business case',
      'Honest AI talks',
      'AI regulation',
    ]);
    // No code for the reader to decode: no label is a letter and a number.
    expect(labels.some((label) => /^[A-Z]\d$/.test(label ?? ''))).toBe(false);

    const grid = [...(radar?.querySelectorAll('g:first-of-type > polygon') ?? [])].map(vertices);
    expect(grid).toHaveLength(5);
    const outer = grid[4]!;
    const centre: [number, number] = [mean(outer.map(([x]) => x)), mean(outer.map(([, y]) => y))];

    const target = vertices(radar?.querySelector('[data-series="Target"] polygon'));
    const now = vertices(radar?.querySelector('[data-series="Now"] polygon'));
    expect(target).toHaveLength(11);
    // Operating model has no opportunity yet and AI adoption is unrated: nine points, and nine dots.
    expect(now).toHaveLength(9);
    expect(radar?.querySelectorAll('[data-series="Now"] circle')).toHaveLength(9);
    // Engineering culture is rated 5, the outer ring; every target is 4, four fifths of the way out.
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
    // Each bar is named above it by the item's short name.
    expect(rows.map((row) => row.firstElementChild?.textContent)).toEqual([
      'Executive stakeholders',
      'AI regulation',
      'Managing managers',
      'AI business case',
      'AI impact evidence',
      'AI ethics position',
      'Technical strategy',
      'Engineering culture',
      'Honest AI talks',
      'Operating model',
      'AI adoption strategy',
    ]);
    // A bar stands just before its label: found by what the label says, not by how it is styled.
    const width = (row: Element | undefined) =>
      row ? ((within(row as HTMLElement).getByText(/(below|at|above) target|no opportunity yet|not rated/).previousElementSibling as HTMLElement | null)?.style.width ?? null) : null;
    expect(width(rows[0])).toMatch(/\b0\.75 \* \(100% - 9\.5rem\)/);
    expect(width(rows[2])).toMatch(/\b0\.5 \* \(100% - 9\.5rem\)/);
    expect(rows[0]).toHaveTextContent('3 levels below target');
    for (const [index, label] of [[6, 'at target'], [7, 'above target'], [8, 'at target'], [9, 'no opportunity yet'], [10, 'not rated']] as const) {
      expect(width(rows[index])).toBeNull();
      expect(rows[index]).toHaveTextContent(label);
    }
  });
});
