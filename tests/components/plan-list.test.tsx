import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { PlanList } from '@/components/plan/plan-list';
import type { PlanActions } from '@/components/plan/plan-actions';
import { frameworkContent } from '@/lib/content/framework-content';
import type { GoalView } from '@/lib/domain/goals';

const items = frameworkContent.sections.flatMap((section) => section.items.map((item) => ({ key: item.key, title: item.title, sectionTitle: section.title })));
const [first, second] = items;

const goal = (fields: Partial<GoalView> & Pick<GoalView, 'id' | 'itemKey' | 'action'>): GoalView => ({
  successMeasure: 'Someone else could check it',
  targetDate: new Date('2027-06-30T00:00:00Z'),
  status: 'NOT_STARTED',
  finishedAt: null,
  createdAt: new Date('2027-01-01T09:00:00Z'),
  resources: [],
  notes: [],
  ...fields,
});

const actions: PlanActions = {
  setStatus: () => Promise.resolve({ ok: true, message: 'Status updated.' }),
  addNote: () => Promise.resolve({ ok: true }),
  deleteGoal: () => Promise.resolve({ ok: false, reason: 'not-found', message: 'This goal no longer exists.' }),
  deleteItemGoals: () => Promise.resolve({ ok: true }),
};

const now = new Date('2027-04-10T12:00:00Z');

const renderPlan = (goals: GoalView[]) => render(<PlanList now={now} items={items} actions={actions} goals={goals} />);

describe('PlanList', () => {
  test('groups goals under their items in framework order, open goals first', () => {
    renderPlan([
      goal({ id: 'g3', itemKey: second!.key, action: 'Second item goal' }),
      goal({ id: 'g2', itemKey: first!.key, action: 'Finished goal', status: 'DONE', finishedAt: new Date('2027-03-01T00:00:00Z') }),
      goal({ id: 'g1', itemKey: first!.key, action: 'Open goal' }),
    ]);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.firstChild?.textContent);
    expect(headings).toEqual([first!.title, second!.title]);
    const firstGroup = screen.getByRole('region', { name: new RegExp(`^${first!.title}`) });
    expect(within(firstGroup).getAllByRole('article').map((article) => within(article).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Open goal',
      'Finished goal',
    ]);
    expect(within(firstGroup).getByRole('link', { name: `Add a goal for ${first!.title}` })).toHaveAttribute('href', `/plan/new?item=${first!.key}`);
  });

  test('shows status, overdue goals in words, resources and dated notes, with labelled controls', () => {
    renderPlan([
      goal({
        id: 'late',
        itemKey: first!.key,
        action: 'Overdue goal',
        status: 'IN_PROGRESS',
        targetDate: new Date('2027-04-07T00:00:00Z'),
        resources: [{ title: 'A talk', url: 'https://example.com/talk', resourceKey: null }],
        notes: [{ id: 'n1', text: 'Booked the room', createdAt: new Date('2027-03-15T09:00:00Z') }],
      }),
      goal({ id: 'fine', itemKey: first!.key, action: 'On-time goal' }),
    ]);
    const late = screen.getByRole('article', { name: 'Overdue goal' });
    expect(within(late).getByText('In progress', { selector: 'span' })).toBeInTheDocument();
    expect(within(late).getByText(/Due 7 Apr 2027 · overdue by 3 days/)).toBeInTheDocument();
    expect(within(late).getByRole('link', { name: /^A talk/ })).toHaveAttribute('href', 'https://example.com/talk');
    expect(within(late).getByText('15 Mar 2027')).toBeInTheDocument();
    expect(within(late).getByText('Booked the room')).toBeInTheDocument();
    expect(within(late).getByRole('combobox', { name: 'Status' })).toHaveValue('IN_PROGRESS');
    expect(within(late).getByRole('button', { name: 'Update status of “Overdue goal”' })).toBeInTheDocument();
    expect(within(late).getByRole('textbox', { name: 'Add a progress note' })).toBeInTheDocument();
    expect(within(late).getByRole('link', { name: 'Edit “Overdue goal”' })).toHaveAttribute('href', '/plan/late/edit');

    const onTime = screen.getByRole('article', { name: 'On-time goal' });
    expect(within(onTime).queryByText(/overdue/)).toBeNull();
    expect(within(onTime).getByText('No notes yet.')).toBeInTheDocument();
  });

  test('says what a status change or a deletion came to, including a refusal', async () => {
    const user = userEvent.setup();
    renderPlan([goal({ id: 'g1', itemKey: first!.key, action: 'Open goal' })]);
    const card = screen.getByRole('article', { name: 'Open goal' });
    await user.click(within(card).getByRole('button', { name: 'Update status of “Open goal”' }));
    expect(await within(card).findByRole('status')).toHaveTextContent('Status updated.');
    await user.click(within(card).getByRole('button', { name: 'Delete “Open goal”' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('This goal no longer exists.');
  });
});

describe('PlanList and each item’s history', () => {
  test('with submitted assessments, each item links to how its rating moved; without, there is no such link', () => {
    const goals = [goal({ id: 'g1', itemKey: first!.key, action: 'Open goal' })];
    const { unmount } = render(<PlanList now={now} items={items} actions={actions} goals={goals} withHistory />);
    expect(screen.getByRole('link', { name: `How ${first!.title} moved` })).toHaveAttribute('href', `/progress/items/${first!.key}`);
    unmount();
    renderPlan(goals);
    expect(screen.queryByRole('link', { name: /moved$/ })).toBeNull();
  });
});
