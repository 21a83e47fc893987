import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { CompareItem } from '@/components/progress/compare-item';
import { compareAssessments, type CompareItem as CompareInput } from '@/lib/domain/compare';

const item = (key: string, level: number | null, evidence = ''): CompareInput => ({ key, title: `Item ${key}`, sectionTitle: 'Skills', level, noOpportunity: false, evidence });

function renderRow(then: CompareInput, now: CompareInput) {
  const [row] = compareAssessments([then], [now]);
  render(
    <ul>
      <CompareItem row={row!} thenName="2 Jun 2026, 09:15 UTC" nowName="2 Jun 2026, 16:40 UTC" />
    </ul>,
  );
  return screen.getByRole('article', { name: `Item ${then.key}` });
}

describe('an item of a comparison', () => {
  test('a changed item is marked in words, with both sides named by their assessments and the change', () => {
    const article = renderRow(item('a', 2, 'Ran one calibration.'), item('a', 4, 'Runs calibration across three teams.'));
    expect(within(article).getByText('Up')).toBeVisible();
    expect(article).toHaveAttribute('data-changed');
    const terms = within(article).getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['2 Jun 2026, 09:15 UTC', '2 Jun 2026, 16:40 UTC', 'Change']);
    expect(within(article).getAllByRole('definition').map((definition) => definition.textContent)).toEqual(['2', '4', '+2 levels']);
    // Evidence that changed is shown on both sides, not folded.
    expect(within(article).getByText('Ran one calibration.')).toBeVisible();
    expect(within(article).getByText('Runs calibration across three teams.')).toBeVisible();
    expect(article.querySelector('details')).toBeNull();
  });

  test('a fall is marked “Down”', () => {
    const article = renderRow(item('b', 3), item('b', 2));
    expect(within(article).getByText('Down')).toBeVisible();
    expect(article).toHaveTextContent('−1 level');
  });

  test('evidence written the same on both sides is folded, and opens on demand', async () => {
    const article = renderRow(item('c', 3, 'Same words.'), item('c', 3, 'Same words.  '));
    expect(article).not.toHaveAttribute('data-changed');
    expect(within(article).queryByText('Up')).toBeNull();
    expect(within(article).getByText('Same words.')).not.toBeVisible();
    await userEvent.click(within(article).getByText('Evidence, unchanged'));
    expect(within(article).getByText('Same words.')).toBeVisible();
  });

  test('no evidence on either side says so, with nothing to open', () => {
    const article = renderRow(item('d', null), item('d', 2));
    expect(article).toHaveTextContent('No evidence on either side.');
    expect(article).toHaveTextContent('Not rated');
    expect(article.querySelector('details')).toBeNull();
  });
});
