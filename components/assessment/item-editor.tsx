'use client';

import { useEffect, useId } from 'react';
import { EVIDENCE_MAX } from '@/lib/validation/assessment';
import { fieldName } from '@/lib/validation/assessment-form';
import { ConflictNotice } from './conflict-notice';
import { ItemOpenGoals } from './item-open-goals';
import { LevelChoice } from './level-choice';
import { SaveStatusText } from './save-status';
import type { AnswerState, EditorItem, LevelName, SaveStatus } from './types';
import { useAutosave, type SaveAnswer } from './use-autosave';

type Props = {
  assessmentId: string;
  item: EditorItem;
  levels: LevelName[];
  initial: AnswerState;
  save: SaveAnswer;
  onReport: (itemId: string, report: { status: SaveStatus; rated: boolean }) => void;
};

const CONFIDENCE = [
  { value: 'LOW', label: 'Low' },
  { value: 'MEDIUM', label: 'Medium' },
  { value: 'HIGH', label: 'High' },
] as const;

export function ItemEditor({ assessmentId, item, levels, initial, save, onReport }: Props) {
  const { draft, status, message, conflict, update, keepMine, takeTheirs, typingDelay } = useAutosave(assessmentId, initial, save);
  const id = useId();
  const rated = draft.noOpportunity || draft.level !== null;

  useEffect(() => onReport(item.id, { status, rated }), [item.id, onReport, rated, status]);

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-5 rounded-lg border border-line bg-surface p-5 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`${id}-title`} className="text-lg font-semibold">
          {item.title}
        </h3>
        <SaveStatusText status={status} message={message} />
      </div>
      <p className="leading-relaxed">{item.description}</p>
      {item.openGoals?.length ? <ItemOpenGoals goals={item.openGoals} /> : null}
      <input type="hidden" name={fieldName('baseRevision', item.id)} value={initial.revision} />

      {conflict ? (
        <ConflictNotice mine={draft} theirs={conflict} levels={levels} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />
      ) : null}

      <LevelChoice item={item} levels={levels} level={draft.level} noOpportunity={draft.noOpportunity} onChoose={(choice) => update(choice)} />
      {rated ? (
        <button type="button" className="text-sm text-accent underline underline-offset-4" onClick={() => update({ level: null, noOpportunity: false })}>
          Clear this rating
        </button>
      ) : null}

      <div className="grid gap-5 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-target`} className="block font-semibold">
            Target level
          </label>
          <p id={`${id}-target-hint`} className="text-sm text-ink-muted">
            The framework expects level {item.expectedLevel} of a Head of Engineering.
          </p>
          <select
            id={`${id}-target`}
            name={fieldName('targetLevel', item.id)}
            aria-describedby={`${id}-target-hint`}
            value={draft.targetLevel}
            onChange={(event) => update({ targetLevel: Number(event.target.value) })}
            className="block min-h-11 w-full rounded-md border border-line bg-canvas px-3 py-2"
          >
            {levels.map((entry) => (
              <option key={entry.level} value={entry.level}>
                {entry.level} · {entry.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className="font-semibold">How confident are you in this rating?</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {CONFIDENCE.map((choice) => (
              <label key={choice.value} className="flex min-h-11 cursor-pointer items-center gap-2">
                <input
                  type="radio"
                  name={fieldName('confidence', item.id)}
                  value={choice.value}
                  checked={draft.confidence === choice.value}
                  onChange={() => update({ confidence: choice.value })}
                  className="size-4 accent-accent"
                />
                {choice.label}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div className="space-y-1">
        <label htmlFor={`${id}-evidence`} className="block font-semibold">
          Evidence
        </label>
        <p id={`${id}-evidence-hint`} className="text-sm text-ink-muted">
          Concrete examples of what you did, with a link or a date where you have one. Up to {EVIDENCE_MAX.toLocaleString('en-GB')} characters;{' '}
          {(EVIDENCE_MAX - draft.evidence.length).toLocaleString('en-GB')} left.
        </p>
        <textarea
          id={`${id}-evidence`}
          name={fieldName('evidence', item.id)}
          aria-describedby={`${id}-evidence-hint`}
          maxLength={EVIDENCE_MAX}
          rows={4}
          value={draft.evidence}
          onChange={(event) => update({ evidence: event.target.value }, typingDelay)}
          className="block w-full rounded-md border border-line bg-canvas px-3 py-2"
        />
      </div>
    </section>
  );
}
