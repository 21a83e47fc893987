import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { BriefForm } from '@/components/brief/brief-form';
import { BriefView } from '@/components/brief/brief-view';
import { buildBrief } from '@/lib/domain/brief';
import type { ActionResult } from '@/lib/validation/action-result';
import { goalOn, summaryOf } from '../support/summary-fixture';

const CHOICES = { ask: 'A seat at the budget review.', includeEvidence: true, includePlan: false, includeOthers: false, includeLog: false };
const NOW = new Date('2027-04-02T12:00:00Z');

describe('the brief form', () => {
  test('labels every field, says who sees others’ view, and posts the ticks and the ask', async () => {
    const action = vi.fn((_previous: ActionResult, _form: FormData): Promise<ActionResult> => Promise.resolve({ ok: true, message: 'Saved.' }));
    render(<BriefForm action={action} assessmentId="assessment-1" choices={CHOICES} othersAvailable={false} />);
    const ask = screen.getByRole('textbox', { name: 'What you are asking for' });
    expect(ask).toHaveValue(CHOICES.ask);
    expect(ask).toHaveAccessibleDescription(/up to 600 characters/);
    expect(screen.getByRole('checkbox', { name: 'Evidence quotes' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Your plan' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Others’ view' })).toHaveAccessibleDescription(/anyone with a share link .* sees it too\. Nobody’s ratings can be shown yet/);

    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Your plan' }));
    await user.click(screen.getByRole('button', { name: 'Save and update the preview' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    const posted = action.mock.calls[0]![1];
    expect(Object.fromEntries(posted.entries())).toEqual({ assessmentId: 'assessment-1', ask: CHOICES.ask, includeEvidence: 'on', includePlan: 'on' });
    // Typing and clicking through jsdom can take seconds on a loaded machine.
  }, 30_000);

  test('shows a refusal with the field’s own message, and keeps what was typed', async () => {
    const action = vi.fn(
      (): Promise<ActionResult> =>
        Promise.resolve({ ok: false, message: 'Check the highlighted fields.', fieldErrors: { ask: ['Keep what you ask for to 600 characters'] }, values: { ask: 'Too long' } }),
    );
    render(<BriefForm action={action} assessmentId="assessment-1" choices={CHOICES} othersAvailable />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save and update the preview' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Check the highlighted fields.');
    const ask = screen.getByRole('textbox', { name: 'What you are asking for' });
    expect(ask).toHaveValue('Too long');
    expect(ask).toHaveAttribute('aria-invalid', 'true');
    expect(ask).toHaveAccessibleDescription(/Keep what you ask for to 600 characters/);
  }, 30_000);
});

describe('the brief as rendered', () => {
  test('is one article named by its title, a region per section, the ask as a quote', () => {
    const summary = summaryOf([4, 3, 4, 3, 2, 4, 3, 4, 3, 3, 4].map((level) => ({ level, confidence: 'HIGH' as const, evidence: 'Ran the calibration.' })), undefined, [goalOn('operating-model')]);
    render(<BriefView brief={buildBrief(summary, { ...CHOICES, includePlan: true }, null, NOW)} level={1} />);
    const article = screen.getByRole('article', { name: 'Ada Lovelace: development brief' });
    expect(within(article).getByRole('heading', { level: 1 })).toHaveTextContent('Ada Lovelace: development brief');
    expect(within(article).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Readiness',
      'Strengths',
      'The gaps that matter',
      'What Ada Lovelace is asking for',
      'Next steps',
    ]);
    const ask = within(article).getByRole('region', { name: 'What Ada Lovelace is asking for' });
    expect(ask.querySelector('blockquote')).toHaveTextContent(CHOICES.ask);
    expect(within(article).getByRole('region', { name: 'Strengths' })).toHaveTextContent('“Ran the calibration.”');
  });
});
