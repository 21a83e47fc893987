import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { SessionUser } from '@/lib/auth/session-user';

const linkClass = 'underline-offset-4 hover:underline';

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-line">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Headway
        </Link>
        <ul className="flex flex-1 flex-wrap gap-x-5 gap-y-1 text-sm">
          <li>
            <Link href="/" className={linkClass}>
              Home
            </Link>
          </li>
          <li>
            <Link href="/framework" className={linkClass}>
              Framework
            </Link>
          </li>
          {user ? (
            <>
              <li>
                <Link href="/assess" className={linkClass}>
                  Assess
                </Link>
              </li>
              <li>
                <Link href="/progress" className={linkClass}>
                  Progress
                </Link>
              </li>
              <li>
                <Link href="/assessments" className={linkClass}>
                  History
                </Link>
              </li>
              <li>
                <Link href="/account" className={linkClass}>
                  Account
                </Link>
              </li>
            </>
          ) : null}
        </ul>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {user ? (
            <li>
              <SignOutButton />
            </li>
          ) : (
            <>
              <li>
                <Link href="/signin" className={linkClass}>
                  Sign in
                </Link>
              </li>
              <li>
                <Link href="/signup" className={linkClass}>
                  Create account
                </Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
