import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { SelectField } from '@/components/ui/field';
import { Table } from '@/components/ui/table';
import { WEEKDAYS } from '@/lib/domain/email-schedule';
import { formatDateTime } from '@/lib/format/dates';

type FailedEmail = { id: string; kind: 'INVITATION' | 'REMINDER' | 'DIGEST'; to: string | null; attempts: number; lastError: string | null; updatedAt: Date };

type Props = {
  on: boolean;
  settings: { digestDay: number | null; reviewReminders: boolean };
  failed: FailedEmail[];
  saveAction: FormAction;
};

const KIND_LABELS: Record<FailedEmail['kind'], string> = { INVITATION: 'Invitation', REMINDER: 'Review reminder', DIGEST: 'Weekly digest' };

const WHAT_IT_SENDS = [
  'an invitation link to the person you invite to rate you, if you give their address;',
  'a reminder a week before your next review;',
  'a weekly digest, on a day you choose: goals due in the next 14 days, overdue goals, the evidence you logged that week and your review date.',
];

/** The account page's email settings; a server component, its one form posts without scripts. */
export function EmailSettings({ on, settings, failed, saveAction }: Props) {
  if (!on) {
    return (
      <div className="space-y-2">
        <p>Email is off: this Headway server has no mail server set up, so it sends no email. With one, it would send:</p>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {WHAT_IT_SENDS.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <ActionForm action={saveAction} className="space-y-4" submit={{ label: 'Save email settings', pending: 'Saving…', variant: 'secondary' }}>
        <SelectField label="Weekly digest" name="digestDay" defaultValue={settings.digestDay === null ? 'off' : String(settings.digestDay)} hint="Goals due soon, overdue goals, the evidence you logged and your review date.">
          <option value="off">No digest</option>
          {WEEKDAYS.map((day, index) => (
            <option key={day} value={String(index + 1)}>
              Every {day}
            </option>
          ))}
        </SelectField>
        <div className="flex items-center gap-2">
          <input id="reviewReminders" type="checkbox" name="reviewReminders" defaultChecked={settings.reviewReminders} className="size-4" />
          <label htmlFor="reviewReminders">Remind me a week before my next review</label>
        </div>
      </ActionForm>
      {failed.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold">Emails that could not be sent</h3>
          <p className="text-sm text-text-muted">Headway tried each several times over about half an hour, then gave up.</p>
          <Table
            caption="Emails that could not be sent"
            head={
              <>
                <th scope="col">Email</th>
                <th scope="col">Last tried</th>
                <th scope="col">Tries</th>
                <th scope="col">Why</th>
              </>
            }
          >
            {failed.map((email) => (
              <tr key={email.id}>
                <td>{email.to ? `${KIND_LABELS[email.kind]} to ${email.to}` : KIND_LABELS[email.kind]}</td>
                <td>{formatDateTime(email.updatedAt)}</td>
                <td>{email.attempts}</td>
                <td>{email.lastError ?? 'Unknown'}</td>
              </tr>
            ))}
          </Table>
        </div>
      ) : null}
    </div>
  );
}
