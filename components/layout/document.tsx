import localFont from 'next/font/local';
import { ToastProvider } from '@/components/ui/toast';

// Inter's variable Latin file from its npm package, served by this app: no page
// asks a font service for it. next/font preloads it and sizes the fallback to
// match, so text paints at once and does not move when Inter arrives; other
// scripts fall back to the system font.
const inter = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  variable: '--font-inter',
});

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

/** The page around every page: the root layout's, and the one for addresses that name no page (app/global-not-found.tsx). */
export function Document({ children }: { children: React.ReactNode }) {
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
          {children}
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
