'use client';

import { useEffect, useId } from 'react';
import { cardClasses } from '@/components/ui/card';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { EVIDENCE_MAX } from '@/lib/validation/limits';
import { fieldName } from '@/lib/validation/assessment-fields';
import { ConflictNotice } from './conflict-notice';
import { ItemOpenGoals } from './item-open-goals';
import { LevelChoice } from './level-choice';
import { LoggedEvidence } from './logged-evidence';
import { LevelHelp } from './level-signals';
import { ItemHeader } from './save-status';
import type { ItemReport } from './item-state';
import { itemAnchor, type AnswerState, type EditorItem, type LevelName } from './types';
import { useAutosave, type SaveAnswer } from './use-autosave';

type Props = {
  assessmentId: string;
  item: EditorItem;
  levels: LevelName[];
  initial: AnswerState;
  save: SaveAnswer;
  onReport: (itemId: string, report: ItemReport) => void;
};

const CONFIDENCE = [
  { value: 'LOW', label: 'Low' },
  { value: 'MEDIUM', label: 'Medium' },
  { value: 'HIGH', label: 'High' },
] as const;

function targetHint(item: EditorItem, target: number): string {
  if (item.stepUpLevel === null) return `The framework expects level ${item.expectedLevel} of a Head of Engineering.`;
  const both = `Ready to step up: level ${item.stepUpLevel}; effective in the role: level ${item.expectedLevel}.`;
  return target < item.stepUpLevel ? `${both} Your target is below the step-up level, and readiness will say so.` : both;
}

export function ItemEditor({ assessmentId, item, levels, initial, save, onReport }: Props) {
  const { draft, status, message, conflict, update, keepMine, takeTheirs, typingDelay } = useAutosave(assessmentId, initial, save);
  const id = useId();
  const rated = draft.noOpportunity || draft.level !== null;

  useEffect(
    () => onReport(item.id, { status, level: draft.level, noOpportunity: draft.noOpportunity }),
    [item.id, onReport, draft.level, draft.noOpportunity, status],
  );

  return (
    <section id={itemAnchor(item.key)} aria-labelledby={`${id}-title`} className={`scroll-mt-3 space-y-5 ${cardClasses}`}>
      <ItemHeader titleId={`${id}-title`} item={item} status={status} message={message} />
      {item.openGoals?.length ? <ItemOpenGoals goals={item.openGoals} /> : null}
      <input type="hidden" name={fieldName('baseRevision', item.id)} value={initial.revision} />

      {conflict ? (
        <ConflictNotice mine={draft} theirs={conflict} levels={levels} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />
      ) : null}

      {item.lastTime ? (
        <p className="text-sm">
          <span className="font-semibold">Last time:</span> {item.lastTime}
        </p>
      ) : null}
      <LevelChoice item={item} levels={levels} level={draft.level} noOpportunity={draft.noOpportunity} onChoose={(choice) => update(choice)} />
      <LevelHelp item={item} levels={levels} onClear={rated ? () => update({ level: null, noOpportunity: false }) : undefined} />

      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          label="Target level"
          name={fieldName('targetLevel', item.id)}
          hint={targetHint(item, draft.targetLevel)}
          value={draft.targetLevel}
          onChange={(event) => update({ targetLevel: Number(event.target.value) })}
        >
          {levels.map((entry) => (
            <option key={entry.level} value={entry.level}>
              {entry.level} · {entry.name}
            </option>
          ))}
        </SelectField>
        <RadioGroup
          legend="How confident are you in this rating?"
          layout="inline"
          name={fieldName('confidence', item.id)}
          options={CONFIDENCE}
          value={draft.confidence}
          onChange={(value) => update({ confidence: CONFIDENCE.find((choice) => choice.value === value)?.value ?? null })}
        />
      </div>

      <div className={item.reflectionPrompts.length > 0 ? 'grid gap-5 md:grid-cols-[2fr_1fr]' : undefined}>
        <TextAreaField
          label="Evidence"
          name={fieldName('evidence', item.id)}
          hint={
            <>
              Concrete examples of what you did, with a link or a date where you have one. Up to {EVIDENCE_MAX.toLocaleString('en-GB')} characters;{' '}
              {(EVIDENCE_MAX - draft.evidence.length).toLocaleString('en-GB')} left.
            </>
          }
          maxLength={EVIDENCE_MAX}
          rows={4}
          value={draft.evidence}
          onChange={(event) => update({ evidence: event.target.value }, typingDelay)}
        />
        {item.reflectionPrompts.length > 0 ? (
          <aside aria-labelledby={`${id}-prompts`} className="space-y-2 text-sm">
            <h4 id={`${id}-prompts`} className="font-semibold">
              Questions to reflect on as you write
            </h4>
            <ul className="list-disc space-y-1 pl-5">
              {item.reflectionPrompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </aside>
        ) : null}
      </div>
      {item.loggedEvidence?.length ? <LoggedEvidence entries={item.loggedEvidence} evidence={draft.evidence} onChange={(evidence) => update({ evidence })} /> : null}
    </section>
  );
}
