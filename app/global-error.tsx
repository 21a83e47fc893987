'use client';

import { PageError } from '@/components/layout/page-error';
import './globals.css';

// Used when the root layout itself fails (it reads the session, so a signed-in
// page needs the database before any page's own error boundary applies).
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen font-sans">
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          <PageError reset={reset} />
        </main>
      </body>
    </html>
  );
}
