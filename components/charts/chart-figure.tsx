'use client';

import { useId, useState, type ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';

type Props = { title: string; description: string; chart: ReactNode; table: ReactNode };

/**
 * A chart with its text equivalent. The table is always in the page for
 * screen readers; sighted readers can show it with the button.
 */
export function ChartFigure({ title, description, chart, table }: Props) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <figure aria-labelledby={`${id}-title`} className="min-w-0 space-y-3 rounded-lg border border-border bg-surface p-4 shadow-card sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <figcaption id={`${id}-title`} className="text-lg font-semibold">
            {title}
          </figcaption>
          <p className="text-sm text-text-muted">{description}</p>
        </div>
        <button
          type="button"
          aria-expanded={showTable}
          aria-controls={`${id}-table`}
          onClick={() => setShowTable((shown) => !shown)}
          className={`${buttonClasses('secondary')} text-sm`}
        >
          {showTable ? 'Hide the table' : 'Show as a table'}
        </button>
      </div>
      {/* The table is the chart's text equivalent, so the drawing itself is hidden from assistive technology and out of the tab order. */}
      <div aria-hidden="true">{chart}</div>
      {/* Shown, it scrolls sideways on narrow screens and takes focus so the keyboard can scroll it; hidden, it is only read out. */}
      <div
        id={`${id}-table`}
        className={showTable ? 'overflow-x-auto' : 'sr-only'}
        {...(showTable ? { role: 'region', 'aria-label': `${title}: table`, tabIndex: 0 } : {})}
      >
        {table}
      </div>
    </figure>
  );
}
