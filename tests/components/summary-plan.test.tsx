import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { SummaryPlan } from '@/components/plan/summary-plan';
import { frameworkContent } from '@/lib/content/framework-content';
import { goalOn, summaryOf } from '../support/summary-fixture';

const items = frameworkContent.sections.flatMap((section) => section.items);
const answers = items.map((_, index) => ({ level: (index % 4) + 1 }));
const now = new Date('2027-04-10T12:00:00Z');


describe('the development plan of a summary', () => {
  test('the owner can start a goal on any item from one form that works without script, each option saying its gap', () => {
    render(<SummaryPlan summary={summaryOf(answers)} now={now} addGoalFrom="assessment-0001" />);
    const section = screen.getByRole('region', { name: 'Development plan' });
    const select = within(section).getByRole('combobox', { name: 'Item to set a goal on' });
    const options = within(select).getAllByRole('option');
    expect(options.map((option) => option.getAttribute('value'))).toEqual(items.map((item) => item.key));
    // Level 1 against a target of 4 is three levels short; level 4 is at target.
    expect(options[0]).toHaveTextContent(`${items[0]!.title} · 3 levels below target`);
    expect(options[3]).toHaveTextContent(`${items[3]!.title} · at target`);

    const form = select.closest('form')!;
    expect(form.getAttribute('action')).toBe('/plan/new');
    expect(form.getAttribute('method') ?? 'get').toBe('get');
    const fields = [...form.querySelectorAll('select, input')].map((field) => [field.getAttribute('name'), (field as HTMLInputElement).value]);
    expect(fields).toEqual([
      ['item', items[0]!.key],
      ['from', 'assessment-0001'],
    ]);
    expect(within(form).getByRole('button', { name: 'Add a goal' })).toHaveAttribute('type', 'submit');
    expect(within(section).getByText('No goals on these items yet.')).toBeInTheDocument();
  });

  test('lists only the items that have goals, each goal with its status and due date', () => {
    const summary = summaryOf(answers, undefined, [goalOn(items[2]!.key, { id: 'g1', action: 'Run a culture retro' }), goalOn(items[2]!.key, { id: 'g2', action: 'Write the values down' }), goalOn(items[0]!.key, { id: 'g3', action: 'Coach one lead' })]);
    render(<SummaryPlan summary={summary} now={now} addGoalFrom="assessment-0001" />);
    const section = screen.getByRole('region', { name: 'Development plan' });
    const headings = within(section).getAllByRole('heading', { level: 3 });
    expect(headings.map((heading) => heading.textContent)).toEqual([`${items[0]!.title} · 3 levels below target`, `${items[2]!.title} · 1 level below target`]);
    const culture = headings[1]!.closest('li')!;
    expect(within(culture).getAllByRole('listitem').map((entry) => entry.textContent)).toEqual([
      'In progressRun a culture retroDue 31 Mar 2027 · overdue by 10 days',
      'In progressWrite the values downDue 31 Mar 2027 · overdue by 10 days',
    ]);
    expect(within(section).queryByText('No goals on these items yet.')).toBeNull();
  });

  test('a shared summary shows the goals but no way to add one', () => {
    const summary = summaryOf(answers, undefined, [goalOn(items[1]!.key, { id: 'g1', action: 'Draft the strategy' })]);
    render(<SummaryPlan summary={summary} now={now} />);
    const section = screen.getByRole('region', { name: 'Development plan' });
    expect(within(section).queryByRole('combobox')).toBeNull();
    expect(within(section).queryByRole('link')).toBeNull();
    expect(within(section).getAllByRole('heading', { level: 3 })).toHaveLength(1);
  });
});
