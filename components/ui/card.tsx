import type { HTMLAttributes } from 'react';

export const cardClasses = 'rounded-lg border border-border bg-surface p-5 shadow-card sm:p-6';

export function Card({ className = '', ...props }: HTMLAttributes<HTMLElement>) {
  return <section className={`${cardClasses} ${className}`} {...props} />;
}
