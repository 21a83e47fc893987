'use client';

import type { ActionFailure, ActionResult } from '@/lib/validation/action-result';
import { ActionForm, type FormAction } from './action-form';
import { OneTimeLink } from './one-time-link';

type Created = { path: string };

type Props<Data extends Created> = {
  action: FormAction<ActionResult<Data | undefined>>;
  assessmentId: string;
  submit: { label: string; pending: string };
  /** The label of the box that shows the new link once. */
  linkLabel: string;
  /** What to say above the new link, from what the action made; the box's own words when undefined. */
  intro: (created: Data) => string | undefined;
  /** The fields, given the last refusal (to show its field errors and what was typed). */
  children: (refusal: ActionFailure | null) => React.ReactNode;
};

/** A form that makes a link for one assessment and shows it once: a share link, an invitation. */
export function CreateLinkForm<Data extends Created>({ action, assessmentId, submit, linkLabel, intro, children }: Props<Data>) {
  return (
    <ActionForm action={action} className="space-y-4" messageFirst submit={submit}>
      {(_, state) => {
        const created = state.ok ? (state.data ?? null) : null;
        const introText = created ? intro(created) : undefined;
        return (
          <>
            {created ? <OneTimeLink path={created.path} label={linkLabel} {...(introText ? { intro: introText } : {})} /> : null}
            <input type="hidden" name="assessmentId" value={assessmentId} />
            {children(state.ok ? null : state)}
          </>
        );
      }}
    </ActionForm>
  );
}
