import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { CalendarFeedResult } from '@/app/(app)/account/actions';
import { CalendarFeedForm } from '@/components/account/calendar-feed-form';
import type { ActionResult } from '@/lib/validation/action-result';

/** Stands in for the server: each call to turn the feed on answers a new address, as the real action does. */
function feedServer() {
  let issued = 0;
  return {
    issue: (): Promise<CalendarFeedResult> => {
      issued += 1;
      return Promise.resolve({ ok: true, message: issued === 1 ? 'Calendar feed turned on.' : 'New feed address made: the old one no longer works.', data: { path: `/calendar/${String(issued).repeat(43)}` } });
    },
    turnOff: (): Promise<ActionResult> => Promise.resolve({ ok: true, message: 'Calendar feed turned off: its address no longer works.' }),
  };
}

describe('CalendarFeedForm', () => {
  test('shows a new address once, replaces it with the next, and stops showing it once the feed is off', async () => {
    const server = feedServer();
    const user = userEvent.setup();
    const { rerender } = render(<CalendarFeedForm issueAction={server.issue} turnOffAction={server.turnOff} on={false} />);
    expect(screen.queryByRole('button', { name: 'Turn off the feed' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Turn on a calendar feed' }));
    const address = await screen.findByRole('textbox', { name: 'Calendar feed address' });
    expect((address as HTMLInputElement).value).toBe(`${window.location.origin}/calendar/${'1'.repeat(43)}`);
    expect(screen.getByRole('status')).toHaveTextContent(/^Calendar feed turned on\. Add this address to your calendar/);

    rerender(<CalendarFeedForm issueAction={server.issue} turnOffAction={server.turnOff} on />);
    await user.click(screen.getByRole('button', { name: 'Replace the feed address' }));
    await screen.findByDisplayValue(`${window.location.origin}/calendar/${'2'.repeat(43)}`);

    await user.click(screen.getByRole('button', { name: 'Turn off the feed' }));
    await screen.findByText('Calendar feed turned off: its address no longer works.');
    expect(screen.queryByRole('textbox', { name: 'Calendar feed address' })).toBeNull();
  });

  test('a refusal is said, and no address is shown', async () => {
    const user = userEvent.setup();
    const refuse = (): Promise<CalendarFeedResult> => Promise.resolve({ ok: false, reason: 'unavailable', message: 'Headway cannot reach its database just now.' });
    render(<CalendarFeedForm issueAction={refuse} turnOffAction={feedServer().turnOff} on={false} />);
    await user.click(screen.getByRole('button', { name: 'Turn on a calendar feed' }));
    await screen.findByText('Headway cannot reach its database just now.');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
