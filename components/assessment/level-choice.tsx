'use client';

import { useId } from 'react';
import type { EditorItem, LevelName } from './types';
import { NO_OPPORTUNITY, fieldName } from '@/lib/validation/assessment-form';

type Props = {
  item: EditorItem;
  levels: LevelName[];
  level: number | null;
  noOpportunity: boolean;
  onChoose: (choice: { level: number | null; noOpportunity: boolean }) => void;
};

/**
 * The rating itself: each option carries what that level looks like for this
 * item, so the choice is anchored in behaviour rather than a bare number.
 */
export function LevelChoice({ item, levels, level, noOpportunity, onChoose }: Props) {
  const name = fieldName('level', item.id);
  const id = useId();
  const names = new Map(levels.map((entry) => [entry.level, entry.name]));
  const option = 'flex cursor-pointer gap-3 rounded-md border border-line p-3 has-checked:border-accent has-checked:bg-canvas has-focus-visible:outline-3 has-focus-visible:outline-focus';
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 font-semibold">Where are you today?</legend>
      {item.descriptors.map((descriptor) => (
        <label key={descriptor.level} className={option}>
          <input
            type="radio"
            name={name}
            value={descriptor.level}
            checked={!noOpportunity && level === descriptor.level}
            onChange={() => onChoose({ level: descriptor.level, noOpportunity: false })}
            aria-labelledby={`${id}-${descriptor.level}-name`}
            aria-describedby={`${id}-${descriptor.level}`}
            className="mt-1 size-4 shrink-0 accent-accent"
          />
          <span>
            <span id={`${id}-${descriptor.level}-name`} className="block font-medium">
              Level {descriptor.level} · {names.get(descriptor.level)}
              {descriptor.level === item.expectedLevel ? <span className="font-normal text-ink-muted"> (expected of a Head of Engineering)</span> : null}
            </span>
            <span id={`${id}-${descriptor.level}`} className="block text-sm text-ink-muted">
              {descriptor.text}
            </span>
          </span>
        </label>
      ))}
      <label className={option}>
        <input
          type="radio"
          name={name}
          value={NO_OPPORTUNITY}
          checked={noOpportunity}
          onChange={() => onChoose({ level: null, noOpportunity: true })}
          aria-labelledby={`${id}-none-name`}
          aria-describedby={`${id}-none`}
          className="mt-1 size-4 shrink-0 accent-accent"
        />
        <span>
          <span id={`${id}-none-name`} className="block font-medium">
            No opportunity yet
          </span>
          <span id={`${id}-none`} className="block text-sm text-ink-muted">
            You have not had the chance to show this yet. It is kept apart from your ratings, never counted as a level.
          </span>
        </span>
      </label>
    </fieldset>
  );
}
