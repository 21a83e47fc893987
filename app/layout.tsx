import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SiteHeader } from '@/components/layout/site-header';
import { getSessionUser } from '@/lib/auth/session';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Headway', template: '%s · Headway' },
  description: 'Rate yourself against the Head of Engineering framework, see where the gaps are and track how they close.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every response carries a per-request CSP nonce, so no page may be prerendered.
  await connection();
  return (
    <html lang="en-GB">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-accent focus:px-4 focus:py-2 focus:text-accent-ink"
        >
          Skip to content
        </a>
        <SiteHeader user={await getSessionUser()} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
