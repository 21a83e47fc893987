import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SaveAnswerResult } from '@/app/(app)/assessments/actions';
import { AssessmentEditor } from '@/components/assessment/assessment-editor';
import { itemState } from '@/components/assessment/item-state';
import type { AnswerState, EditorSection } from '@/components/assessment/types';
import type { SaveAnswer } from '@/components/assessment/use-autosave';
import { frameworkContent } from '@/lib/content/framework-content';
import { answerSchema } from '@/lib/validation/assessment';
import { describedLevels } from '@/tests/support/content';

// The form's server actions are the network boundary: each test answers
// autosaves itself, the way the item editor's tests do, after checking the
// payload against the real action's schema.
const server = vi.hoisted(() => ({ respond: null as null | ((sent: { itemId: string; revision?: number }) => Promise<unknown>) }));
vi.mock('@/app/(app)/assessments/actions', () => ({
  saveAnswerAction: (sent: Parameters<SaveAnswer>[0]) => {
    answerSchema.parse(sent);
    return server.respond!(sent);
  },
  saveAllAnswersAction: () => Promise.resolve({ ok: true }),
  submitAssessmentAction: () => Promise.resolve({ ok: true }),
}));

const levels = frameworkContent.scale.map(({ level, name }) => ({ level, name }));
const sections: EditorSection[] = frameworkContent.sections.map((section) => ({
  key: section.key,
  title: section.title,
  items: section.items.map((item) => ({
    id: `id-${item.key}`,
    key: item.key,
    title: item.title,
    description: item.description,
    expectedLevel: 4,
    stepUpLevel: 3,
    descriptors: describedLevels(item),
    reflectionPrompts: item.reflectionPrompts,
  })),
}));
const items = sections.flatMap((section) => section.items);
const titles = items.map((item) => item.title);
const levelName = (level: number) => levels.find((entry) => entry.level === level)!.name;

function answer(itemId: string, change: Partial<AnswerState> = {}): AnswerState {
  return {
    itemId,
    level: null,
    noOpportunity: false,
    targetLevel: 3,
    confidence: null,
    evidence: '',
    revision: 0,
    updatedAt: new Date('2026-11-01T10:00:00Z'),
    ...change,
  };
}

/** A save the test lets through (or refuses) when it chooses. */
function heldSaves() {
  const waiting: (() => void)[] = [];
  server.respond = (sent) =>
    new Promise<SaveAnswerResult>((resolve) => {
      waiting.push(() => resolve({ ok: true, data: answer(sent.itemId, { ...(sent as Partial<AnswerState>), revision: 1 }) }));
    });
  return { release: () => waiting.splice(0).forEach((finish) => finish()) };
}

function renderForm(answers: AnswerState[] = items.map((item) => answer(item.id))) {
  render(<AssessmentEditor assessmentId="assessment-1" sections={sections} levels={levels} answers={answers} />);
  // jsdom applies no style sheet, so both the phone's disclosure and the wide
  // screen's side list are here; they list the same entries. The side list comes second.
  const lists = screen.getAllByRole('navigation', { name: 'Items' });
  expect(lists).toHaveLength(2);
  expect(within(lists[0]!).getByRole('list').textContent).toBe(within(lists[1]!).getByRole('list').textContent);
  const navigator = lists[1]!;
  return { navigator, entry: (title: string) => within(navigator).getByRole('link', { name: new RegExp(`^${title}, `) }) };
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
  server.respond = null;
});

// The whole form, 11 items, in jsdom: queries by role take seconds on a busy machine.
describe('the item navigator', { timeout: 30_000 }, () => {
  test('lists the 11 items in framework order, areas first, each with its state', () => {
    const [first, second, third] = items;
    const { navigator } = renderForm(
      items.map((item) =>
        item === first ? answer(item.id, { level: 3 }) : item === second ? answer(item.id, { noOpportunity: true }) : answer(item.id),
      ),
    );
    const links = within(navigator).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(
      titles.map((title, index) => `${title}, ${index === 0 ? `Level 3 · ${levelName(3)}` : index === 1 ? 'No opportunity yet' : 'Not rated'}`),
    );
    expect(links[0]).toHaveAccessibleName(`${first!.title}, Level 3 · ${levelName(3)}`);
    expect(links[2]).toHaveAttribute('href', `#item-${third!.key}`);
    // Only the status line announces saving; the list is not a second live region.
    expect(navigator.closest('[aria-live]')).toBeNull();
    expect(within(navigator).queryAllByRole('status')).toHaveLength(0);
  });

  test('says "not saved" while a change waits for its save and while a save fails, then shows the level', async () => {
    const saves = heldSaves();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { entry } = renderForm();
    const title = titles[4]!;
    await user.click(within(screen.getByRole('region', { name: title })).getByRole('radio', { name: /^Level 2 ·/ }));
    expect(entry(title)).toHaveTextContent('Not saved yet');
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(entry(title)).toHaveTextContent('Not saved yet');
    await act(async () => {
      saves.release();
      await Promise.resolve();
    });
    expect(entry(title)).toHaveTextContent(`Level 2 · ${levelName(2)}`);
    expect(screen.getByText('1 of 11 rated')).toBeInTheDocument();

    server.respond = () => Promise.resolve({ ok: false, reason: 'unavailable', message: 'Not saved: the database is not answering. Retrying.' });
    await user.click(within(screen.getByRole('region', { name: title })).getByRole('radio', { name: 'No opportunity yet' }));
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(entry(title)).toHaveTextContent(/^.+Not saved$/);
  });

  test('moves focus to an item from the keyboard: its first level when nothing is chosen, else the chosen one', async () => {
    server.respond = (sent) => Promise.resolve({ ok: true, data: answer(sent.itemId, { ...(sent as Partial<AnswerState>), revision: 1 }) });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const chosen = items[7]!;
    const { entry } = renderForm(items.map((item) => (item === chosen ? answer(item.id, { level: 4 }) : answer(item.id))));

    const title = titles[6]!;
    entry(title).focus();
    await user.keyboard('{Enter}');
    const group = within(screen.getByRole('region', { name: title })).getByRole('group', { name: 'Where are you today?' });
    expect(within(group).getByRole('radio', { name: /^Level 1 ·/ })).toHaveFocus();
    // From there the keyboard rates as usual, and the navigator follows.
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(entry(title)).toHaveTextContent(`Level 2 · ${levelName(2)}`);

    entry(chosen.title).focus();
    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('region', { name: chosen.title })).getByRole('radio', { name: /^Level 4 ·/ })).toHaveFocus();
  });
});

describe('an item’s state', () => {
  test.each([
    [{ status: 'saved', level: 3, noOpportunity: false }, { kind: 'rated', label: `Level 3 · ${levelName(3)}` }],
    [{ status: 'saved', level: null, noOpportunity: true }, { kind: 'no-opportunity', label: 'No opportunity yet' }],
    [{ status: 'saved', level: null, noOpportunity: false }, { kind: 'not-rated', label: 'Not rated' }],
    [{ status: 'pending', level: 3, noOpportunity: false }, { kind: 'not-saved', label: 'Not saved yet', failed: false }],
    [{ status: 'saving', level: null, noOpportunity: false }, { kind: 'not-saved', label: 'Not saved yet', failed: false }],
    [{ status: 'retrying', level: 2, noOpportunity: false }, { kind: 'not-saved', label: 'Not saved', failed: true }],
    [{ status: 'conflict', level: 2, noOpportunity: false }, { kind: 'not-saved', label: 'Not saved', failed: true }],
    [{ status: 'refused', level: 2, noOpportunity: false }, { kind: 'not-saved', label: 'Not saved', failed: true }],
  ] as const)('%o reads %o', (report, expected) => {
    expect(itemState(report, levels)).toEqual(expected);
  });
});
