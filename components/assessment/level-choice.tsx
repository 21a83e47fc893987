'use client';

import { RadioGroup } from '@/components/ui/radio-group';
import { NO_OPPORTUNITY, fieldName } from '@/lib/validation/assessment-fields';
import { levelMark } from './level-marks';
import type { EditorItem, LevelName } from './types';

type Props = {
  item: EditorItem;
  levels: LevelName[];
  level: number | null;
  noOpportunity: boolean;
  onChoose: (choice: { level: number | null; noOpportunity: boolean }) => void;
  /** The question and the "no opportunity" choice in another person's words (a rater's). */
  wording?: { legend: string; noOpportunity: string; noOpportunityDescription: string };
};

const SELF_WORDING = {
  legend: 'Where are you today?',
  noOpportunity: 'No opportunity yet',
  noOpportunityDescription: 'You have not had the chance to show this yet. It is kept apart from your ratings, never counted as a level.',
};

/**
 * The rating itself: each option carries what that level looks like for this
 * item, so the choice is anchored in behaviour rather than a bare number.
 */
export function LevelChoice({ item, levels, level, noOpportunity, onChoose, wording = SELF_WORDING }: Props) {
  const names = new Map(levels.map((entry) => [entry.level, entry.name]));
  const options = [
    ...item.descriptors.map((descriptor) => ({
      value: String(descriptor.level),
      label: (
        <>
          Level {descriptor.level} · {names.get(descriptor.level)}
          {levelMark(descriptor.level, item) ? <span className="font-normal text-text-muted"> ({levelMark(descriptor.level, item)})</span> : null}
        </>
      ),
      // The one-line summary first; the full description and its signals are a click away.
      description: descriptor.summary || descriptor.text,
    })),
    {
      value: NO_OPPORTUNITY,
      label: wording.noOpportunity,
      description: wording.noOpportunityDescription,
    },
  ];
  return (
    <RadioGroup
      legend={wording.legend}
      name={fieldName('level', item.id)}
      options={options}
      value={noOpportunity ? NO_OPPORTUNITY : level === null ? null : String(level)}
      onChange={(value) => onChoose(value === NO_OPPORTUNITY ? { level: null, noOpportunity: true } : { level: Number(value), noOpportunity: false })}
    />
  );
}
