'use client';

import { useActionState, useState } from 'react';
import type { CalendarFeedResult } from '@/app/(app)/account/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { OneTimeLink } from '@/components/ui/one-time-link';
import type { ActionResult } from '@/lib/validation/action-result';
import type { FormAction } from '@/components/ui/action-form';

type Props = {
  issueAction: FormAction<CalendarFeedResult>;
  turnOffAction: FormAction;
  on: boolean;
};

/**
 * Turns the feed on, gives it a new address or turns it off. A new address is
 * shown the one time it can be seen, and only until the next of these: once
 * the feed is off, the address it showed no longer works.
 */
export function CalendarFeedForm({ issueAction, turnOffAction, on }: Props) {
  const [issued, issue, issuing] = useActionState(issueAction, { ok: true });
  const [turnedOff, turnOff, turningOff] = useActionState(turnOffAction, { ok: true });
  // Which answered last, told by which result changed: the forms post straight
  // to their server actions, so they work before any script has loaded.
  const [seen, setSeen] = useState<{ issued: CalendarFeedResult; turnedOff: ActionResult; last: 'issue' | 'turn-off' | null }>({ issued, turnedOff, last: null });
  if (issued !== seen.issued) setSeen({ issued, turnedOff, last: 'issue' });
  else if (turnedOff !== seen.turnedOff) setSeen({ issued, turnedOff, last: 'turn-off' });
  const last = issued !== seen.issued ? 'issue' : turnedOff !== seen.turnedOff ? 'turn-off' : seen.last;
  const created = last === 'issue' && issued.ok ? (issued.data ?? null) : null;
  const outcome = last === 'issue' ? issued : last === 'turn-off' ? turnedOff : null;
  return (
    <div className="space-y-4">
      {created ? (
        <OneTimeLink
          path={created.path}
          label="Calendar feed address"
          intro={`${issued.message ?? ''} Add this address to your calendar as a subscription ("From URL" or "Subscribe"). Copy it now: Headway keeps no copy it could show again.`}
        />
      ) : outcome?.message ? (
        <FormMessage tone={outcome.ok ? 'success' : 'error'}>{outcome.message}</FormMessage>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <form action={issue}>
          <Button type="submit" variant={on ? 'secondary' : 'primary'} disabled={issuing || turningOff}>
            {issuing ? 'Making the address…' : on ? 'Replace the feed address' : 'Turn on a calendar feed'}
          </Button>
        </form>
        {on ? (
          <form action={turnOff}>
            <Button type="submit" variant="secondary" disabled={issuing || turningOff}>
              {turningOff ? 'Turning off…' : 'Turn off the feed'}
            </Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
