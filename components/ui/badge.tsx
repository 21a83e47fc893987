import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

const tones: Record<BadgeTone, string> = {
  neutral: 'border-border-strong bg-surface-muted text-text',
  accent: 'border-accent bg-accent-muted text-text',
  success: 'border-success bg-success-muted text-text',
  warning: 'border-warning bg-warning-muted text-text',
  danger: 'border-danger bg-danger-muted text-text',
};

/** A short status word. The word carries the meaning; the colour only repeats it. Its shape is `.badge` in app/globals.css. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={`badge ${tones[tone]}`}>
      {children}
    </span>
  );
}
