import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { GoalForm, type GoalFormItem } from '@/components/plan/goal-form';
import { frameworkContent } from '@/lib/content/framework-content';
import { echo, invalid, type ActionResult } from '@/lib/validation/action-result';
import { formFields } from '@/lib/validation/form-data';
import { createGoalSchema, type CreateGoalInput } from '@/lib/validation/goal';

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
    expect(screen.getByRole('textbox', { name: 'Resource 3 link' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add goal' })).toBeEnabled();
  });

  test('sends chosen and written-in resources in the shape the server accepts', async () => {
    const { user, accepted } = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'What will you do?' }), 'Run skip-levels monthly');
    await user.type(screen.getByRole('textbox', { name: 'How will you know it worked?' }), 'Every lead has had two');
    await user.click(screen.getByRole('checkbox', { name: new RegExp(item.resources[0]!.title.replace(/[^\w ]/g, '.')) }));
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
});
