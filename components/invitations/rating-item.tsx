'use client';

import { useEffect, useId } from 'react';
import { saveRatingAction } from '@/app/(app)/rate/actions';
import { LevelChoice } from '@/components/assessment/level-choice';
import { LevelHelp } from '@/components/assessment/level-signals';
import { ConflictChoice } from '@/components/assessment/conflict-notice';
import { ItemHeader } from '@/components/assessment/save-status';
import type { AnswerState, EditorItem, LevelName, SaveStatus } from '@/components/assessment/types';
import { useAutosave, type SaveAnswer } from '@/components/assessment/use-autosave';
import { cardClasses } from '@/components/ui/card';
import { TextAreaField } from '@/components/ui/field';
import { fieldName } from '@/lib/validation/assessment-fields';

// The self-assessment's autosave, pointed at the rater's action: the item
// comment travels as the answer's evidence.
const saveRating: SaveAnswer = ({ assessmentId, itemId, baseRevision, level, noOpportunity, evidence }) =>
  saveRatingAction({ invitationId: assessmentId, itemId, baseRevision, level, noOpportunity, comment: evidence });

type Props = {
  invitationId: string;
  subjectName: string;
  item: EditorItem;
  levels: LevelName[];
  initial: AnswerState;
  commentMax: number;
  onReport: (itemId: string, report: { status: SaveStatus; rated: boolean }) => void;
};

function describe(level: number | null, noOpportunity: boolean) {
  return noOpportunity ? 'No opportunity to see this' : level === null ? 'Not rated' : `Level ${level}`;
}

export function RatingItem({ invitationId, subjectName, item, levels, initial, commentMax, onReport }: Props) {
  const { draft, status, message, conflict, update, keepMine, takeTheirs, typingDelay } = useAutosave(invitationId, initial, saveRating);
  const id = useId();
  const rated = draft.noOpportunity || draft.level !== null;
  useEffect(() => onReport(item.id, { status, rated }), [item.id, onReport, rated, status]);
  return (
    <section aria-labelledby={`${id}-title`} className={`space-y-5 ${cardClasses}`}>
      <ItemHeader titleId={`${id}-title`} item={item} status={status} message={message} />
      <input type="hidden" name={fieldName('baseRevision', item.id)} value={initial.revision} />
      {conflict ? (
        <div role="alert" className="space-y-3 rounded-md border-2 border-danger p-4">
          <p className="font-semibold">This item was changed in another tab or window. Nothing of yours has been saved over it yet.</p>
          <p className="text-sm">
            Yours: {describe(draft.level, draft.noOpportunity)}. Saved: {describe(conflict.level, conflict.noOpportunity)}
            {conflict.evidence ? `, with the comment “${conflict.evidence}”` : ''}.
          </p>
          <ConflictChoice onKeepMine={keepMine} onTakeTheirs={takeTheirs} />
        </div>
      ) : null}
      <LevelChoice
        item={item}
        levels={levels}
        level={draft.level}
        noOpportunity={draft.noOpportunity}
        onChoose={(choice) => update(choice)}
        wording={{
          legend: `Where is ${subjectName} today, from what you have seen?`,
          noOpportunity: 'No opportunity to see this',
          noOpportunityDescription: `You have not seen ${subjectName} in situations that show this. It is kept apart, never counted as a level.`,
        }}
      />
      <LevelHelp item={item} levels={levels} onClear={rated ? () => update({ level: null, noOpportunity: false }) : undefined} />
      <TextAreaField
        label="Comment (optional)"
        name={fieldName('evidence', item.id)}
        hint={`What you have seen that makes you say so. Up to ${commentMax.toLocaleString('en-GB')} characters.`}
        maxLength={commentMax}
        rows={3}
        value={draft.evidence}
        onChange={(event) => update({ evidence: event.target.value }, typingDelay)}
      />
    </section>
  );
}
