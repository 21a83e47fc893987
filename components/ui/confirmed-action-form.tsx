import { ActionForm, type FormAction } from './action-form';
import { ConfirmButton } from './confirm-button';

type Props = {
  action: FormAction;
  /** What the action needs to know which thing it acts on, posted as hidden fields. */
  fields: Record<string, string>;
  /** The button's one word; `target` completes it for screen readers, as on screen the row around the button says what it is for. */
  verb: string;
  target: string;
  title: string;
  description: string;
  confirmLabel: string;
};

/** A quiet button on one thing in a list (a link, an invitation, an entry) that asks first, then posts the form. */
export function ConfirmedActionForm({ action, fields, verb, target, title, description, confirmLabel }: Props) {
  return (
    <ActionForm action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ConfirmButton
        variant="quiet"
        label={
          <>
            {verb}
            <span className="sr-only"> {target}</span>
          </>
        }
        title={title}
        description={description}
        confirmLabel={confirmLabel}
      />
    </ActionForm>
  );
}
