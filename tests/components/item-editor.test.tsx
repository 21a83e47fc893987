import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { AnswerState } from '@/components/assessment/types';
import type { SaveAnswer } from '@/components/assessment/use-autosave';
import { descriptorAt } from '@/tests/support/content';
import { content, editorItem, fakeServer, renderItemEditor, unrated, withAutosaveTimers } from '@/tests/support/item-editor';

const item = editorItem();
const initial = unrated();

function renderEditor(save: SaveAnswer, start: AnswerState = initial) {
  return renderItemEditor(save, { item, start });
}

withAutosaveTimers();

describe('the rating control', () => {
  test('offers the five levels with their summaries and "no opportunity yet", in one radio group, marking both targets', () => {
    const { region } = renderEditor(fakeServer().save);
    const group = within(region).getByRole('group', { name: 'Where are you today?' });
    const options = within(group).getAllByRole('radio');
    expect(options).toHaveLength(6);
    expect(within(group).getByRole('radio', { name: 'Level 2 · Emerging' })).toHaveAccessibleDescription(descriptorAt(content, 2).summary);
    expect(within(group).getByRole('radio', { name: /^Level 3 · Developing\s*\(ready to step up\)$/ })).toHaveAccessibleDescription(
      descriptorAt(content, 3).summary,
    );
    expect(within(group).getByRole('radio', { name: /^Level 4 · Established\s*\(effective in the role\)$/ })).toHaveAccessibleDescription(
      descriptorAt(content, 4).summary,
    );
    expect(within(group).getByRole('radio', { name: /No opportunity yet/ })).toBeInTheDocument();
    expect(options.filter((option) => (option as HTMLInputElement).checked)).toHaveLength(0);
  });

  test('can be rated with the keyboard alone, and saves the choice', async () => {
    const server = fakeServer();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { region } = renderEditor(server.save);
    const first = within(region).getByRole('radio', { name: /Level 1 · Not yet/ });
    first.focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(region).getByRole('radio', { name: /Level 3 · Developing/ })).toBeChecked();
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(server.calls.at(-1)).toMatchObject({ level: 3, noOpportunity: false, itemId: 'item-1', assessmentId: 'assessment-1' });
    expect(within(region).getByText('Saved')).toBeInTheDocument();
  });

  test('"no opportunity yet" is saved as its own state, not as a level', async () => {
    const server = fakeServer();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { region } = renderEditor(server.save);
    await user.click(within(region).getByRole('radio', { name: /No opportunity yet/ }));
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(server.calls.at(-1)).toMatchObject({ level: null, noOpportunity: true });
  });
});

describe('what helps a rating', () => {
  test('shows each level\'s signals and examples on request, with the rule for meeting only some', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { region } = renderEditor(fakeServer().save);
    const signal = descriptorAt(content, 3).signals[0]!;
    expect(within(region).getByText(signal)).not.toBeVisible();
    await user.click(within(region).getByText('Signals and evidence for each level'));
    expect(within(region).getByText(signal)).toBeVisible();
    expect(within(region).getByText(descriptorAt(content, 3).examples[0]!)).toBeVisible();
    expect(region).toHaveTextContent('Choose the highest level whose signals you mostly show, and say in your evidence which of its signals are missing.');
  });

  test('puts the item\'s reflection prompts beside the evidence box', () => {
    const { region } = renderEditor(fakeServer().save);
    const prompts = within(region).getByRole('complementary', { name: 'Questions to reflect on as you write' });
    expect(within(prompts).getAllByRole('listitem').map((entry) => entry.textContent)).toEqual(content.reflectionPrompts);
    expect(within(region).getByLabelText(/^Evidence/)).toBeVisible();
  });

  test('flags a target below the step-up level where it is chosen', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { region } = renderEditor(fakeServer().save);
    const target = within(region).getByRole('combobox', { name: 'Target level' });
    expect(target).toHaveAccessibleDescription('Ready to step up: level 3; effective in the role: level 4.');
    await user.selectOptions(target, '2');
    expect(target).toHaveAccessibleDescription(/Your target is below the step-up level, and readiness will say so\.$/);
  });
});

describe('autosave status', () => {
  test('waits for typing to pause, sends the latest text once, and carries the new revision forward', async () => {
    const server = fakeServer();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { region } = renderEditor(server.save);
    const evidence = within(region).getByLabelText('Evidence');
    await user.type(evidence, 'Ran calibration');
    expect(within(region).getByText('Unsaved changes')).toBeInTheDocument();
    expect(server.calls).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]).toMatchObject({ evidence: 'Ran calibration', baseRevision: 0 });
    expect(within(region).getByText('Saved')).toBeInTheDocument();

    await user.click(within(region).getByRole('radio', { name: 'High' }));
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(server.calls[1]).toMatchObject({ confidence: 'HIGH', evidence: 'Ran calibration', baseRevision: 1 });
  });

  test('says "not saved, retrying" when the server cannot save, keeps the text and retries until it can', async () => {
    let down = true;
    const server = fakeServer((sent) =>
      down
        ? { ok: false, reason: 'failed', message: 'Not saved: Headway could not reach its database. Retrying.' }
        : { ok: true, data: { ...initial, ...sent, revision: 1, updatedAt: new Date() } },
    );
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { region } = renderEditor(server.save);
    await user.type(within(region).getByLabelText('Evidence'), 'Kept safe');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(within(region).getByText(/could not reach its database\. Retrying\./)).toBeInTheDocument();
    expect(within(region).getByLabelText('Evidence')).toHaveValue('Kept safe');

    down = false;
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(within(region).getByText('Saved')).toBeInTheDocument();
    expect(server.calls.at(-1)).toMatchObject({ evidence: 'Kept safe' });
  });
});

describe('the conflict message', () => {
  const theirs: AnswerState = { ...initial, level: 2, confidence: 'LOW', evidence: 'Written in the other tab', revision: 4 };

  function conflicting() {
    let conflicted = false;
    return fakeServer((sent) => {
      if (!conflicted) {
        conflicted = true;
        return { ok: false, reason: 'conflict', detail: theirs, message: 'This item was changed in another tab or window.' };
      }
      return { ok: true, data: { ...theirs, ...sent, revision: sent.baseRevision + 1, updatedAt: new Date() } };
    });
  }

  /** Types `evidence` into an editor whose first save meets theirs, and waits for that save to be refused. */
  async function typeIntoConflict(evidence: string) {
    const server = conflicting();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { region } = renderEditor(server.save);
    await user.type(within(region).getByLabelText('Evidence'), evidence);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    return { server, user, region };
  }

  test('shows both versions, and "keep mine" saves mine on top of theirs', async () => {
    const { server, user, region } = await typeIntoConflict('Written in this tab');

    const alert = within(region).getByRole('alert');
    expect(alert).toHaveTextContent('changed in another tab or window');
    expect(within(alert).getByText('Written in this tab')).toBeInTheDocument();
    expect(within(alert).getByText('Written in the other tab')).toBeInTheDocument();
    expect(within(region).getByText('Not saved: changed elsewhere')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Keep mine' }));
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(server.calls.at(-1)).toMatchObject({ evidence: 'Written in this tab', baseRevision: 4 });
    expect(within(region).queryByRole('alert')).toBeNull();
    expect(within(region).getByText('Saved')).toBeInTheDocument();
  });

  test('"take the saved version" replaces the form with theirs without saving', async () => {
    const { server, user, region } = await typeIntoConflict('Mine');
    await user.click(within(region).getByRole('button', { name: 'Take the saved version' }));

    expect(within(region).getByLabelText('Evidence')).toHaveValue('Written in the other tab');
    expect(within(region).getByRole('radio', { name: /Level 2 · Emerging/ })).toBeChecked();
    expect(server.calls).toHaveLength(1);
  });
});
