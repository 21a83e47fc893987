'use client';

import { type KeyboardEvent, useRef } from 'react';
import { ItemNavigator, type NavigatorEntry } from './item-navigator';

/**
 * The navigator on a narrow screen: one control in the sticky status that
 * opens the list over the page, so the status itself stays one short row.
 * Choosing an item or pressing Escape closes it.
 */
export function ItemsDisclosure({ entries }: { entries: NavigatorEntry[] }) {
  const disclosure = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (disclosure.current) disclosure.current.open = false;
  };
  function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== 'Escape' || !disclosure.current?.open) return;
    close();
    disclosure.current.querySelector('summary')?.focus();
  }
  return (
    <details ref={disclosure} onKeyDown={closeOnEscape} className="group lg:hidden">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-border-strong bg-surface px-3 text-sm font-medium [&::-webkit-details-marker]:hidden">
        Go to an item
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 group-open:rotate-180" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="m6 9 6 6 6-6" />
        </svg>
      </summary>
      <nav aria-label="Items" className="absolute inset-x-0 top-full max-h-[70vh] overflow-y-auto border-b border-border bg-surface px-4 py-2 shadow-lg">
        <ItemNavigator entries={entries} onChosen={close} />
      </nav>
    </details>
  );
}
