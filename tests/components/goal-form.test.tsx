import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { GoalForm, type GoalFormItem } from '@/components/plan/goal-form';
import { frameworkContent } from '@/lib/content/framework-content';
import { echo, invalid, type ActionResult } from '@/lib/validation/action-result';
import { formFields } from '@/lib/validation/form-data';
import { createGoalSchema, type CreateGoalInput } from '@/lib/validation/goal';
import { CUSTOM_RESOURCE_ROWS } from '@/lib/validation/limits';
import { renderToString } from 'react-dom/server';

const content = frameworkContent.sections[0]!.items[0]!;
const item: GoalFormItem = {
  key: content.key,
  title: content.title,
  resources: frameworkContent.resources
    .filter((resource) => resource.helps.some((help) => help.itemKey === content.key))
    .map((resource) => ({ key: resource.key, title: resource.title, kind: resource.kind, how: resource.helps.find((help) => help.itemKey === content.key)!.how })),
};

/** The create action's validation, as the server runs it; accepted input is recorded instead of written. */
function validatingAction(accepted: CreateGoalInput[]) {
  return (_previous: ActionResult, form: FormData): Promise<ActionResult> => {
    const parsed = createGoalSchema.safeParse(formFields(form));
    if (!parsed.success) return Promise.resolve(invalid(parsed.error, undefined, echo(form, ['action', 'successMeasure', 'targetDate'])));
    accepted.push(parsed.data);
    return Promise.resolve({ ok: true });
  };
}

function renderForm(accepted: CreateGoalInput[] = []) {
  render(<GoalForm action={validatingAction(accepted)} item={item} defaultTargetDate="2027-03-31" submitLabel="Add goal" />);
  return { user: userEvent.setup(), accepted };
}

describe('GoalForm', () => {
  test('labels every field and offers the resources the framework maps to the item', () => {
    renderForm();
    expect(screen.getByRole('textbox', { name: 'What will you do?' })).toBeRequired();
    expect(screen.getByRole('textbox', { name: 'How will you know it worked?' })).toBeRequired();
    expect(screen.getByLabelText('Target date')).toHaveValue('2027-03-31');
    const resources = within(screen.getByRole('group', { name: 'Resources from the framework' })).getAllByRole('checkbox');
    expect(resources.map((box) => box.getAttribute('value'))).toEqual(item.resources.map((resource) => resource.key));
    expect(item.resources.length).toBeGreaterThan(0);
    expect(screen.getByRole('textbox', { name: 'Resource 1 title' })).toBeInTheDocument();
    // One written-in row to start with; more on demand.
    expect(screen.queryByRole('textbox', { name: 'Resource 2 title' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add goal' })).toBeEnabled();
  });

  test('sends chosen and written-in resources in the shape the server accepts', async () => {
    const { user, accepted } = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'What will you do?' }), 'Run skip-levels monthly');
    await user.type(screen.getByRole('textbox', { name: 'How will you know it worked?' }), 'Every lead has had two');
    await user.click(screen.getByRole('checkbox', { name: new RegExp(item.resources[0]!.title.replace(/[^\w ]/g, '.')) }));
    await user.click(screen.getByRole('button', { name: 'Add another resource' }));
    // The new row takes the focus.
    expect(screen.getByRole('textbox', { name: 'Resource 2 title' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Resource 2 title' }), 'Staff Engineer talk');
    await user.type(screen.getByRole('textbox', { name: 'Resource 2 link' }), 'https://example.com/talk');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    await screen.findByRole('button', { name: 'Add goal' });
    expect(accepted).toEqual([
      {
        itemKey: item.key,
        action: 'Run skip-levels monthly',
        successMeasure: 'Every lead has had two',
        targetDate: new Date('2027-03-31T00:00:00Z'),
        resourceKeys: [item.resources[0]!.key],
        customResources: [{ title: 'Staff Engineer talk', url: 'https://example.com/talk' }],
      },
    ]);
  });

  test("shows the server's refusal next to the field and keeps what was typed", async () => {
    const { user, accepted } = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'What will you do?' }), 'Read and summarise one book a quarter');
    await user.type(screen.getByRole('textbox', { name: 'How will you know it worked?' }), 'Four summaries shared');
    await user.type(screen.getByRole('textbox', { name: 'Resource 1 title' }), 'Archive');
    await user.type(screen.getByRole('textbox', { name: 'Resource 1 link' }), 'ftp://example.com/archive');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Check the highlighted fields.');
    expect(screen.getByText('A link must start with http:// or https://')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'What will you do?' })).toHaveValue('Read and summarise one book a quarter');
    expect(accepted).toEqual([]);
  });

  test('adds written-in rows up to the limit, then offers no more', async () => {
    const { user } = renderForm();
    for (let row = 2; row <= CUSTOM_RESOURCE_ROWS; row++) await user.click(screen.getByRole('button', { name: 'Add another resource' }));
    expect(screen.getByRole('textbox', { name: `Resource ${CUSTOM_RESOURCE_ROWS} link` })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add another resource' })).toBeNull();
  });

  test('a suggestion fills “What will you do?” to be edited, and is a link to the form started with it before the script runs', async () => {
    const suggestions = [
      { text: 'Get to where each manager can say what you expect.', href: '/plan/new?item=managing-managers&use=0' },
      { text: 'Take on a second manager.', href: '/plan/new?item=managing-managers&use=1' },
    ];
    const props = { action: validatingAction([]), item, defaultTargetDate: '2027-03-31', submitLabel: 'Add goal', suggestions };
    const server = document.createElement('div');
    server.innerHTML = renderToString(<GoalForm {...props} />);
    expect(within(server).getByRole('link', { name: 'Use this: Take on a second manager.' })).toHaveAttribute('href', suggestions[1]!.href);

    render(<GoalForm {...props} />);
    const user = userEvent.setup();
    const list = screen.getByRole('list', { name: 'Suggestions from the next level' });
    await user.click(within(list).getByRole('button', { name: 'Use this: Take on a second manager.' }));
    const action = screen.getByRole('textbox', { name: 'What will you do?' });
    expect(action).toHaveValue('Take on a second manager.');
    expect(action).toHaveFocus();
  });
});
