'use client';

import { useId, type ReactNode } from 'react';

export type RadioOption = { value: string; label: ReactNode; description?: ReactNode };

type Props = {
  legend: ReactNode;
  name: string;
  options: readonly RadioOption[];
  value: string | null;
  onChange: (value: string) => void;
  /** `cards`: one option per row with its description; `inline`: short labels side by side. */
  layout?: 'cards' | 'inline';
  className?: string;
};

const optionClasses = { cards: 'choice-card', inline: 'choice-inline' };

/**
 * Native radios in a fieldset, so arrow keys move between the options and
 * Space picks one, as everywhere else; each option is named by its label and
 * described by its description.
 */
export function RadioGroup({ legend, name, options, value, onChange, layout = 'cards', className = '' }: Props) {
  const id = useId();
  return (
    <fieldset className={className}>
      <legend className="mb-2 font-semibold">{legend}</legend>
      <div className={layout === 'cards' ? 'space-y-2' : 'flex flex-wrap gap-x-4 gap-y-1'}>
        {options.map((option) => (
          <label key={option.value} className={optionClasses[layout]}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-labelledby={`${id}-${option.value}-label`}
              aria-describedby={option.description ? `${id}-${option.value}-description` : undefined}
              className={`size-4 shrink-0 accent-accent ${layout === 'cards' ? 'mt-1' : ''}`}
            />
            <span>
              <span id={`${id}-${option.value}-label`} className={layout === 'cards' ? 'block font-medium' : ''}>
                {option.label}
              </span>
              {option.description ? (
                <span id={`${id}-${option.value}-description`} className="block text-sm text-text-muted">
                  {option.description}
                </span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
