import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { SessionUser } from '@/lib/auth/session-user';

const linkClass = 'underline-offset-4 hover:underline';

const PUBLIC_LINKS = [
  { href: '/', label: 'Home' },
  { href: '/framework', label: 'Framework' },
];
const SIGNED_IN_LINKS = [
  { href: '/assess', label: 'Assess' },
  { href: '/progress', label: 'Progress' },
  { href: '/plan', label: 'Plan' },
  { href: '/assessments', label: 'History' },
  { href: '/account', label: 'Account' },
];
const SIGNED_OUT_LINKS = [
  { href: '/signin', label: 'Sign in' },
  { href: '/signup', label: 'Create account' },
];

function NavLinks({ links }: { links: { href: string; label: string }[] }) {
  return links.map((link) => (
    <li key={link.href}>
      <Link href={link.href} className={linkClass}>
        {link.label}
      </Link>
    </li>
  ));
}

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-line">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Headway
        </Link>
        <ul className="flex flex-1 flex-wrap gap-x-5 gap-y-1 text-sm">
          <NavLinks links={user ? [...PUBLIC_LINKS, ...SIGNED_IN_LINKS] : PUBLIC_LINKS} />
        </ul>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {user ? (
            <li>
              <SignOutButton />
            </li>
          ) : (
            <NavLinks links={SIGNED_OUT_LINKS} />
          )}
        </ul>
      </nav>
    </header>
  );
}
