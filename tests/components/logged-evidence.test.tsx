// "Add to evidence" on an item being rated: the entry's date and text go to
// the end of the evidence box, and the editor's autosave sends them.
import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { EditorItem, LoggedEntry } from '@/components/assessment/types';
import { editorItem, fakeServer, renderItemEditor, unrated, withAutosaveTimers } from '@/tests/support/item-editor';

const entries: LoggedEntry[] = [
  { id: 'e2', occurredOn: '2026-11-20', text: 'Coached Sam through his first hiring loop', url: 'https://example.com/debrief' },
  { id: 'e1', occurredOn: '2026-10-03', text: 'Ran the calibration meeting', url: null },
];
const item = (loggedEvidence: LoggedEntry[] = entries) => editorItem({ loggedEvidence });

function renderEditor(withEntries: EditorItem, evidence = '') {
  const { save, calls } = fakeServer();
  return { sent: calls, ...renderItemEditor(save, { item: withEntries, start: unrated(evidence) }) };
}

withAutosaveTimers();

describe('entries logged since the last assessment', () => {
  test('are listed on the item, newest first, each with "Add to evidence"', () => {
    const { region } = renderEditor(item());
    const logged = within(region).getByRole('region', { name: 'From your evidence log since your last assessment' });
    expect(within(logged).getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      expect.stringContaining('20 Nov 2026: Coached Sam through his first hiring loop https://example.com/debrief'),
      expect.stringContaining('3 Oct 2026: Ran the calibration meeting'),
    ]);
    expect(within(logged).getByRole('button', { name: 'Add to evidence: the entry of 20 Nov 2026' })).toBeInTheDocument();
  });

  test('"Add to evidence" appends the date and text after what is written, and autosave sends it', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { region, sent } = renderEditor(item(), 'Led the reorg of two teams.');
    await user.click(within(region).getByRole('button', { name: 'Add to evidence: the entry of 3 Oct 2026' }));
    const expected = 'Led the reorg of two teams.\n\n2026-10-03: Ran the calibration meeting';
    expect(within(region).getByLabelText('Evidence')).toHaveValue(expected);
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(sent.at(-1)).toMatchObject({ itemId: 'item-1', evidence: expected });
    expect(within(region).getByText('Saved')).toBeInTheDocument();
    // Added once: the entry now says so rather than offering to add it again.
    expect(within(region).queryByRole('button', { name: 'Add to evidence: the entry of 3 Oct 2026' })).toBeNull();
    expect(within(region).getByText('In your evidence.')).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'Add to evidence: the entry of 20 Nov 2026' }));
    expect(within(region).getByLabelText('Evidence')).toHaveValue(`${expected}\n\n2026-11-20: Coached Sam through his first hiring loop (https://example.com/debrief)`);
  });

  test('an entry that would overflow the box is not cut: it says why instead', () => {
    const { region } = renderEditor(item(), 'x'.repeat(3990));
    expect(within(region).queryByRole('button', { name: /Add to evidence/ })).toBeNull();
    expect(within(region).getAllByText('Too long to add: the evidence box holds 4,000 characters.')).toHaveLength(2);
  });

  test('nothing is shown when nothing was logged', () => {
    const { region } = renderEditor(item([]));
    expect(within(region).queryByRole('region', { name: /evidence log/ })).toBeNull();
  });
});
