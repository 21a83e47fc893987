import type { SessionUser } from '@/lib/auth/session-user';
import { SiteHeader } from './site-header';

export const MAIN_CLASSES = 'mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:py-10';

/** The header, and the `<main>` the root layout's skip link leads to; the root layout puts the footer after it. */
export function PageFrame({ user, children }: { user: SessionUser | null; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" tabIndex={-1} className={MAIN_CLASSES}>
        {children}
      </main>
    </>
  );
}
