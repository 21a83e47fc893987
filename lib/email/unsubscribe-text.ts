import type { UnsubscribeKind } from '@/lib/validation/unsubscribe';

/** What an unsubscribe link turns off, in the words of its page and its answer. */
export const UNSUBSCRIBE_TEXT: Record<UnsubscribeKind, { what: string; done: string }> = {
  digest: {
    what: 'the weekly digest email for this account',
    done: 'You will get no more weekly digests. To have them again, choose a day on your account page.',
  },
  reminder: {
    what: 'the email reminding this account of its next review a week ahead',
    done: 'You will get no more review reminders. To have them again, turn them on on your account page.',
  },
  invitation: {
    what: 'emails inviting this address to rate someone in Headway',
    done: 'This address will get no more invitation emails from Headway. Someone can still send you an invitation link themselves.',
  },
};
