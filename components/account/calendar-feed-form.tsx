'use client';

import { useActionState } from 'react';
import type { CalendarFeedResult } from '@/app/account/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { OneTimeLink } from '@/components/ui/one-time-link';

type Props = { action: (previous: CalendarFeedResult, form: FormData) => Promise<CalendarFeedResult>; on: boolean };

/** Turns the feed on or gives it a new address, and shows that address the one time it can be seen. */
export function CalendarFeedForm({ action, on }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const issued = state.ok ? (state.data ?? null) : null;
  return (
    <form action={formAction} className="space-y-4">
      {state.message && !issued ? <FormMessage tone={state.ok ? 'success' : 'error'}>{state.message}</FormMessage> : null}
      {issued ? (
        <OneTimeLink
          path={issued.path}
          label="Calendar feed address"
          intro={`${state.message ?? ''} Add this address to your calendar as a subscription ("From URL" or "Subscribe"). Copy it now: Headway keeps no copy it could show again.`}
        />
      ) : null}
      <Button type="submit" variant={on ? 'secondary' : 'primary'} disabled={pending}>
        {pending ? 'Making the address…' : on ? 'Replace the feed address' : 'Turn on a calendar feed'}
      </Button>
    </form>
  );
}
