import Link from 'next/link';
import type { ReactNode } from 'react';

/** The small link above a page's heading back to where it is reached from. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="link">
        {children}
      </Link>
    </p>
  );
}
