import type { InputHTMLAttributes, ReactNode } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'> & {
  /**
   * `line`: words on one line, centred in a target tall enough to tap.
   * `block`: words that run onto more lines, with the box beside the first.
   */
  layout?: 'line' | 'block';
  children: ReactNode;
};

/** A checkbox inside its own label, so that a click on its words ticks it too: a wider target than the box alone. */
export function Checkbox({ layout = 'line', children, ...input }: Props) {
  const line = layout === 'line';
  return (
    <label className={line ? 'flex min-h-11 cursor-pointer items-center gap-3' : 'flex cursor-pointer gap-3'}>
      <input type="checkbox" {...input} className={line ? 'size-5 shrink-0 accent-accent' : 'mt-1 size-5 shrink-0 accent-accent'} />
      {children}
    </label>
  );
}
