'use client';

import Link from 'next/link';
import './globals.css';

type Props = { error: Error & { digest?: string }; reset: () => void };

// Replaces the root layout when the layout itself fails, so it brings its own
// document and a minimal navigation.
export default function GlobalError({ error, reset }: Props) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-surface-muted font-sans text-text">
        <header className="border-b border-border bg-surface">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-bold">
              Headway
            </Link>
            <Link href="/framework" className="link">
              Framework
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-10">
          <h1 className="text-3xl font-semibold tracking-tight">Something went wrong</h1>
          <p className="text-text-muted">Headway could not load just now. Nothing you saved has been lost. Try again in a moment.</p>
          {error.digest ? <p className="text-sm text-text-muted">Reference: {error.digest}</p> : null}
          <button
            type="button"
            onClick={reset}
            className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-medium text-accent-contrast hover:bg-accent-hover"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
