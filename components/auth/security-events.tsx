import type { SecurityEventType } from '@/lib/domain/security-events';

const LABELS: Record<SecurityEventType, string> = {
  SIGN_UP: 'Account created',
  SIGN_IN_SUCCEEDED: 'Signed in',
  SIGN_IN_FAILED: 'Failed sign-in attempt',
  SIGN_IN_BLOCKED: 'Sign-in blocked after too many attempts',
  PASSWORD_CHANGED: 'Password changed',
  SIGNED_OUT_EVERYWHERE: 'Signed out everywhere',
  DATA_EXPORTED: 'Data downloaded',
  CALENDAR_FEED_ISSUED: 'Calendar feed link made',
  CALENDAR_FEED_TURNED_OFF: 'Calendar feed turned off',
  ACCOUNT_LINKED: 'Company sign-in linked',
  ACCOUNT_DELETED: 'Account deleted',
  EMAIL_CHANGED: 'Email address changed',
};

type Event = { id: string; type: SecurityEventType; ip: string | null; userAgent: string | null; createdAt: Date };

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function SecurityEvents({ events }: { events: Event[] }) {
  if (events.length === 0) return <p className="text-text-muted">No security events yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your recent security events, newest first</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-2 pr-4 font-semibold">Event</th>
            <th scope="col" className="py-2 pr-4 font-semibold">When (UTC)</th>
            <th scope="col" className="py-2 font-semibold">From</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-border last:border-0">
              <td className="py-2 pr-4">{LABELS[event.type]}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{when.format(event.createdAt)}</td>
              <td className="py-2 text-text-muted">{event.ip ?? 'unknown address'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
