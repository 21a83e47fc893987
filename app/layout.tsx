import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import { connection } from 'next/server';
import { SiteHeader } from '@/components/layout/site-header';
import { ToastProvider } from '@/components/ui/toast';
import { getSessionUser } from '@/lib/auth/session';
import './globals.css';

// Inter's variable Latin file from its npm package, served by this app: no page
// asks a font service for it. next/font preloads it and sizes the fallback to
// match, so text paints at once and does not move when Inter arrives; other
// scripts fall back to the system font.
const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  variable: '--font-inter',
});

export const metadata: Metadata = {
  title: { default: 'Headway', template: '%s · Headway' },
  description: 'Rate yourself against the Head of Engineering framework, see where the gaps are and track how they close.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#181b23' },
  ],
};

const skipLinkClasses =
  'sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-accent focus:px-4 focus:py-3 focus:font-semibold focus:text-accent-contrast';

// Without JavaScript, React cannot swap a streamed page into the place its
// loading skeleton holds: it stays in a hidden <div id="S:…"> at the end of
// <body>. Show it there instead, between the header and the footer, and hide
// the skeleton, so every page still works with scripts off.
const NO_SCRIPT_CSS = `
  [data-loading-skeleton] { display: none; }
  main:has([data-loading-skeleton]) { flex: none; padding: 0; }
  @layer noscript { body > div[hidden][id^="S:"] { display: block !important; } }
  body > div[id^="S:"] { order: 1; box-sizing: border-box; width: 100%; max-width: 64rem; margin-inline: auto; padding: 2rem 1rem; }
  body > footer { order: 2; }
`;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every response carries a per-request CSP nonce, so no page may be prerendered.
  await connection();
  return (
    <html lang="en-GB" className={inter.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <noscript>
          <style dangerouslySetInnerHTML={{ __html: NO_SCRIPT_CSS }} />
        </noscript>
        <a href="#main" className={skipLinkClasses}>
          Skip to content
        </a>
        <ToastProvider>
          <SiteHeader user={await getSessionUser()} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:py-10">
            {children}
          </main>
          <footer className="border-t border-border">
            <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-text-muted">
              Headway · a self-assessment against the Head of Engineering framework. Your assessments are private unless you share them.
            </p>
          </footer>
        </ToastProvider>
      </body>
    </html>
  );
}
