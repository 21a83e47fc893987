import { EndSessionForm } from '@/components/auth/end-session-form';
import { describeDevice } from '@/lib/format/device';
import type { FormAction } from '@/components/ui/action-form';

type Session = { id: string; createdAt: Date; lastSeenAt: Date; ip: string | null; userAgent: string | null };

type Props = {
  sessions: Session[];
  currentId: string;
  endAction: FormAction;
};

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function ActiveSessions({ sessions, currentId, endAction }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Where you are signed in, most recently used first</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-2 pr-4 font-semibold">Device</th>
            <th scope="col" className="py-2 pr-4 font-semibold">From</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Last seen (UTC)</th>
            <th scope="col" className="py-2 font-semibold">
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const device = describeDevice(session.userAgent);
            return (
              <tr key={session.id} className="border-b border-border last:border-0 align-top">
                <td className="py-2 pr-4">
                  {device}
                  {session.id === currentId ? <span className="ml-2 font-semibold">(this device)</span> : null}
                  <div className="text-text-muted">Signed in {when.format(session.createdAt)}</div>
                </td>
                <td className="py-2 pr-4 text-text-muted">{session.ip ?? 'unknown address'}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{when.format(session.lastSeenAt)}</td>
                <td className="py-2">
                  {session.id === currentId ? null : <EndSessionForm action={endAction} sessionId={session.id} device={device} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
