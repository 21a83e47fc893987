import type { Metadata } from 'next';
import { CalendarFeedForm } from '@/components/account/calendar-feed-form';
import { EmailForm } from '@/components/account/email-form';
import { EmailSettings } from '@/components/account/email-settings';
import { NameForm } from '@/components/account/name-form';
import { ActiveSessions } from '@/components/auth/active-sessions';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { DeleteAccountForm } from '@/components/auth/delete-account-form';
import { SecurityEvents } from '@/components/auth/security-events';
import { ActionForm } from '@/components/ui/action-form';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireSession } from '@/lib/auth/session';
import { listSecurityEvents } from '@/lib/data/audit';
import { getCalendarFeedStatus } from '@/lib/data/calendar-feeds';
import { listFailedEmails } from '@/lib/data/email-jobs';
import { getEmailSettings } from '@/lib/data/email-settings';
import { emailIsOn } from '@/lib/email/config';
import { listActiveSessions } from '@/lib/data/sessions';
import { getAccount } from '@/lib/data/users';
import { formatDate } from '@/lib/format/dates';
import {
  changeEmailAction,
  changeNameAction,
  changePassword,
  deleteMyAccount,
  endSessionAction,
  issueCalendarFeed,
  saveEmailSettingsAction,
  signOutEverywhere,
  turnOffCalendarFeedAction,
} from './actions';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const { user, sessionId } = await requireSession();
  const [account, events, sessions, calendarFeed, emailSettings, failedEmails] = await Promise.all([
    getAccount(user),
    listSecurityEvents(user),
    listActiveSessions(user),
    getCalendarFeedStatus(user),
    getEmailSettings(user),
    listFailedEmails(user),
  ]);
  if (!account) return null;
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-1">
        <h1 className="text-3xl font-semibold tracking-tight">Your account</h1>
        <p className="text-text-muted">
          Signed in as <span className="font-medium text-text">{account.email}</span>
          {account.name ? ` (${account.name})` : ''}.
        </p>
      </div>

      <Card aria-labelledby="details-heading" className="space-y-6">
        <h2 id="details-heading" className="text-xl font-semibold">
          Your name and email address
        </h2>
        <NameForm action={changeNameAction} name={account.name} />
        <section aria-labelledby="email-heading" className="space-y-4 border-t border-border pt-6">
          <h3 id="email-heading" className="text-lg font-semibold">
            Email address
          </h3>
          {account.hasPassword ? (
            <EmailForm action={changeEmailAction} email={account.email} />
          ) : (
            // Without a password there is nothing to confirm the change with but
            // the session, and a session left open is not proof of who is asking.
            <p className="text-sm text-text-muted">
              You sign in as <span className="font-medium text-text">{account.email}</span> through your company. To change the address
              here, set a password below first: the change is confirmed with it.
            </p>
          )}
        </section>
      </Card>

      <Card aria-labelledby="password-heading" className="space-y-4">
        <h2 id="password-heading" className="text-xl font-semibold">
          {account.hasPassword ? 'Change your password' : 'Set a password'}
        </h2>
        <p className="text-sm text-text-muted">Changing it signs you out on every other device.</p>
        <ChangePasswordForm action={changePassword} hasPassword={account.hasPassword} />
      </Card>

      <Card aria-labelledby="sessions-heading" className="space-y-4">
        <h2 id="sessions-heading" className="text-xl font-semibold">Where you are signed in</h2>
        <p className="text-sm text-text-muted">
          A session ends after two hours without use and eight hours after signing in. End any you do not recognise.
        </p>
        <ActiveSessions sessions={sessions} currentId={sessionId} endAction={endSessionAction} />
        <p className="text-sm text-text-muted">
          Sign out everywhere ends every session on every device, this one included. Use it if you signed in on a shared
          computer or lost a device.
        </p>
        <ActionForm action={signOutEverywhere}>
          <button type="submit" className={buttonClasses('secondary')}>
            Sign out everywhere
          </button>
        </ActionForm>
      </Card>

      <Card aria-labelledby="data-heading" className="space-y-4">
        <h2 id="data-heading" className="text-xl font-semibold">Your data</h2>
        <p className="text-sm text-text-muted">One JSON file with everything Headway holds about you.</p>
        <a href="/account/export" className={buttonClasses('secondary')} download>
          Download all my data
        </a>
      </Card>

      <Card aria-labelledby="calendar-heading" className="space-y-4">
        <h2 id="calendar-heading" className="text-xl font-semibold">Your calendar</h2>
        <p className="text-sm text-text-muted">
          Put your next review and your open goals&rsquo; target dates in your calendar, each linking back here. A feed keeps
          them up to date as your plan changes; a file is a copy of them as they are now.
        </p>
        <p className="text-sm">
          <strong>Who sees it:</strong> anyone with the feed&rsquo;s address sees your review date and your open goals&rsquo;
          wording and dates, nothing else. Keep the address to yourself; replace it or turn it off here at any time.
        </p>
        {calendarFeed ? <p>Your calendar feed has been on since {formatDate(calendarFeed.createdAt)}.</p> : null}
        <CalendarFeedForm issueAction={issueCalendarFeed} turnOffAction={turnOffCalendarFeedAction} on={calendarFeed !== null} />
        <a href="/plan/calendar.ics" className={buttonClasses('secondary')} download>
          Download a calendar file (.ics)
        </a>
      </Card>

      <Card aria-labelledby="email-settings-heading" className="space-y-4">
        <h2 id="email-settings-heading" className="text-xl font-semibold">Email from Headway</h2>
        <EmailSettings
          on={emailIsOn()}
          settings={emailSettings ?? { digestDay: null, reviewReminders: true }}
          failed={failedEmails}
          saveAction={saveEmailSettingsAction}
        />
      </Card>

      <Card aria-labelledby="events-heading" className="space-y-4">
        <h2 id="events-heading" className="text-xl font-semibold">Recent security events</h2>
        <SecurityEvents events={events} />
      </Card>

      <Card aria-labelledby="delete-heading" className="space-y-4">
        <h2 id="delete-heading" className="text-xl font-semibold">Delete your account</h2>
        <DeleteAccountForm action={deleteMyAccount} />
      </Card>
    </div>
  );
}
