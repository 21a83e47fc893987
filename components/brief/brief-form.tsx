'use client';

import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { TextAreaField } from '@/components/ui/field';
import type { ActionResult } from '@/lib/validation/action-result';
import { BRIEF_ASK_MAX } from '@/lib/validation/limits';

type Choices = { ask: string; includeEvidence: boolean; includePlan: boolean; includeOthers: boolean; includeLog: boolean };

type Props = {
  action: FormAction;
  assessmentId: string;
  choices: Choices;
  /** Whether anyone's submitted ratings could appear under "Others' view". */
  othersAvailable: boolean;
};

const CHOICES = [
  { name: 'includeEvidence', label: 'Evidence quotes', hint: 'A short quote of your evidence under each strength.' },
  { name: 'includePlan', label: 'Your plan', hint: 'Your open goals, soonest first, with their dates and success measures.' },
  {
    name: 'includeOthers',
    label: 'Others’ view',
    hint: 'Who rated you (managers and mentors by role, peers only as a group of three or more, never by name) and the items where you and they differ. Ticked, anyone with a share link to this assessment sees it too.',
  },
  {
    name: 'includeLog',
    label: 'Include evidence logged since the last assessment',
    hint: 'Entries from your evidence log dated since your previous submitted assessment, by item: the date, what happened and the link. Ticked, anyone with a share link to this assessment sees them too.',
  },
] as const;

export function BriefForm({ action, assessmentId, choices, othersAvailable }: Props) {
  return (
    <ActionForm action={action} className="space-y-5" submit={{ label: 'Save and update the preview' }}>
      {(_, state) => <BriefFields state={state} assessmentId={assessmentId} choices={choices} othersAvailable={othersAvailable} />}
    </ActionForm>
  );
}

function BriefFields({ state, assessmentId, choices, othersAvailable }: Omit<Props, 'action'> & { state: ActionResult }) {
  const errors = state.ok ? undefined : state.fieldErrors;
  const ask = !state.ok && state.values?.ask !== undefined ? state.values.ask : choices.ask;
  return (
    <>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <TextAreaField
        label="What you are asking for"
        name="ask"
        rows={4}
        maxLength={BRIEF_ASK_MAX}
        defaultValue={ask}
        // A fresh key after each answer puts back what the server holds (or what was refused).
        key={`ask-${ask}`}
        hint={`In a few sentences (up to ${BRIEF_ASK_MAX} characters): the support, opportunity or decision you want from your reader. It is quoted as you write it, so write it for them.`}
        errors={errors?.ask}
      />
      <fieldset className="space-y-3">
        <legend className="font-semibold">What the brief includes</legend>
        {CHOICES.map((choice) => (
          <div key={choice.name} className="flex gap-3">
            <input
              type="checkbox"
              id={`brief-${choice.name}`}
              name={choice.name}
              defaultChecked={choices[choice.name]}
              key={`${choice.name}-${String(choices[choice.name])}`}
              aria-describedby={`brief-${choice.name}-hint`}
              className="mt-1 size-5 shrink-0 cursor-pointer accent-accent"
            />
            <div>
              <label htmlFor={`brief-${choice.name}`} className="cursor-pointer font-medium">
                {choice.label}
              </label>
              <p id={`brief-${choice.name}-hint`} className="text-sm text-text-muted">
                {choice.hint}
                {choice.name === 'includeOthers' && !othersAvailable ? ' Nobody’s ratings can be shown yet, so for now the brief has no such section either way.' : ''}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
    </>
  );
}
