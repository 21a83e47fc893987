'use client';

import { usePathname } from 'next/navigation';
import { type KeyboardEvent, useEffect, useRef } from 'react';

/**
 * The main navigation folded behind one "Menu" control on a narrow screen. A
 * <details> element opens and closes without JavaScript; the script only
 * closes it after a navigation and on Escape, returning focus to the control.
 */
export function MobileMenu({ children }: { children: React.ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);

  function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== 'Escape' || !menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  }

  return (
    <details ref={menu} onKeyDown={closeOnEscape} className="group relative order-2 sm:hidden">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md px-3 text-sm font-medium hover:bg-surface-muted [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M4 7h16M4 12h16M4 17h16" className="group-open:hidden" />
          <path d="M6 6l12 12M18 6 6 18" className="hidden group-open:block" />
        </svg>
        Menu
      </summary>
      <div className="absolute right-0 top-full z-40 mt-1 w-56 rounded-md border border-border bg-surface p-2 shadow-lg">{children}</div>
    </details>
  );
}
