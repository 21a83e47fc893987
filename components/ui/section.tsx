import type { ReactNode } from 'react';

type Props = {
  /** Unique on the page: the heading's id, which names the section. */
  headingId: string;
  title: ReactNode;
  /** A section among smaller ones (a card's, say) takes the smaller heading. */
  size?: 'large' | 'medium';
  className?: string;
  children: ReactNode;
};

/** A part of a page named by its heading, so a screen reader lists it as a region by the name a reader sees. */
export function Section({ headingId, title, size = 'large', className, children }: Props) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className={size === 'large' ? 'text-2xl font-semibold' : 'text-xl font-semibold'}>
        {title}
      </h2>
      {children}
    </section>
  );
}
