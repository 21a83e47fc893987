'use client';

import Link from 'next/link';
import { PageError } from '@/components/layout/page-error';
import './globals.css';

// Used when a layout above every error boundary fails: the (app) layout reads
// the session, so a signed-in page needs the database before its own
// boundary (app/(app)/error.tsx) applies.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-surface-muted font-sans text-text">
        {/* The site header needs the session, which is what failed: a plain one keeps the way out. */}
        <header className="border-b border-border bg-surface">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-bold">
              Headway
            </Link>
            <Link href="/framework" className="link">
              Framework
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          <PageError reset={reset} />
        </main>
      </body>
    </html>
  );
}
