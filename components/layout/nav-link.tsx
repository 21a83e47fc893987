'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

type Props = {
  href: string;
  label: string;
  /** Other paths that belong to this section, e.g. /assessments under Assess. */
  within?: readonly string[];
};

function isCurrent(pathname: string, href: string, within: readonly string[]): boolean {
  if (href === '/') return pathname === '/';
  return [href, ...within].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** A navigation link that tells assistive technology, and the eye, which section is open. */
export function NavLink({ href, label, within = [] }: Props) {
  const current = isCurrent(usePathname(), href, within);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className="nav-link"
    >
      {label}
    </Link>
  );
}
