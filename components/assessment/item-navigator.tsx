'use client';

import type { MouseEvent } from 'react';
import type { ItemState } from './item-state';

export type NavigatorEntry = { id: string; anchor: string; title: string; state: ItemState };

const STATE_CLASSES: Record<ItemState['kind'], string> = {
  rated: 'text-text-muted',
  'no-opportunity': 'text-text-muted',
  'not-rated': 'text-text-muted italic',
  'not-saved': 'font-medium text-danger',
};

/**
 * Moves focus to an item's rating: the chosen level, or the first one when
 * none is chosen, as Tab into the group would. The item is first scrolled to
 * its top (clear of the sticky status by the page's scroll padding), so its
 * title and description are in view, not just the control.
 */
export function focusItem(anchor: string): boolean {
  const section = document.getElementById(anchor);
  const radios = section ? [...section.querySelectorAll<HTMLInputElement>('fieldset input[type="radio"]')] : [];
  const group = radios[0]?.name;
  const target = radios.find((radio) => radio.name === group && radio.checked) ?? radios[0];
  if (!section || !target) return false;
  section.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

/**
 * The list of items with their states, each a link to the item. The states
 * are not a live region: the sticky status already announces saving, and
 * announcing each item's change again would say everything twice.
 */
export function ItemNavigator({ entries, onChosen, className = '' }: { entries: NavigatorEntry[]; onChosen?: () => void; className?: string }) {
  function choose(event: MouseEvent<HTMLAnchorElement>, anchor: string) {
    if (!focusItem(anchor)) return;
    event.preventDefault();
    onChosen?.();
  }
  return (
    <ol className={`space-y-1 ${className}`}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a
            href={`#${entry.anchor}`}
            onClick={(event) => choose(event, entry.anchor)}
            className="flex min-h-11 flex-col justify-center rounded-md px-2 py-1 hover:bg-accent-muted"
          >
            <span className="text-sm font-medium">
              {entry.title}
              {/* A pause between the title and its state when read aloud. */}
              <span className="sr-only">,</span>
            </span>{' '}
            <span className={`text-sm ${STATE_CLASSES[entry.state.kind]}`}>{entry.state.label}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}
