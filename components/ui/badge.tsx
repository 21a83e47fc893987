import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

const tones: Record<BadgeTone, string> = {
  neutral: 'border-border-strong bg-surface-muted text-text',
  accent: 'border-accent bg-accent-muted text-text',
  success: 'border-success bg-success-muted text-text',
  warning: 'border-warning bg-warning-muted text-text',
  danger: 'border-danger bg-danger-muted text-text',
};

/** A short status word. The word carries the meaning; the colour only repeats it. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ${tones[tone]}`}>
      {children}
    </span>
  );
}
