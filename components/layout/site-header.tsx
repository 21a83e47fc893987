import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { buttonClasses } from '@/components/ui/button';
import type { SessionUser } from '@/lib/auth/session-user';
import { MobileMenu } from './mobile-menu';
import { NavLink } from './nav-link';

type NavEntry = { href: string; label: string; within?: readonly string[]; signedIn: boolean };

// In the order a person moves through Headway; the signed-out see only what they can open.
const LINKS: NavEntry[] = [
  { href: '/', label: 'Home', signedIn: false },
  { href: '/assess', label: 'Assess', within: ['/assessments'], signedIn: true },
  { href: '/progress', label: 'Progress', signedIn: true },
  { href: '/plan', label: 'Plan', within: ['/evidence'], signedIn: true },
  { href: '/invitations', label: 'Rate others', within: ['/rate'], signedIn: true },
  { href: '/framework', label: 'Framework', within: ['/archetypes'], signedIn: false },
  { href: '/account', label: 'Account', signedIn: true },
];

function NavList({ links, className }: { links: NavEntry[]; className: string }) {
  return (
    <ul className={`${className} text-sm`}>
      {links.map((link) => (
        <li key={link.href}>
          <NavLink href={link.href} label={link.label} within={link.within} />
        </li>
      ))}
    </ul>
  );
}

// On a narrow screen only "Create account" stays beside the menu; signing in is in it.
const SIGN_IN: NavEntry = { href: '/signin', label: 'Sign in', signedIn: false };

// Below 640 px the links fold into a menu rather than wrapping onto rows of their own.
export function SiteHeader({ user }: { user: SessionUser | null }) {
  const links = LINKS.filter((link) => user || !link.signedIn);
  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-5xl items-center gap-x-2 px-4 py-2 sm:gap-x-4">
        <Link href="/" className="order-1 mr-auto inline-flex min-h-11 items-center gap-2 text-lg font-bold tracking-tight">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 text-accent" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
            <path d="M4 18 10 12l4 4 6-8" />
            <path d="M15 8h5v5" />
          </svg>
          Headway
        </Link>
        <nav aria-label="Main" className="order-2 hidden sm:block">
          <NavList links={links} className="flex gap-1" />
        </nav>
        <MobileMenu>
          <nav aria-label="Main">
            <NavList links={user ? links : [...links, SIGN_IN]} className="flex flex-col gap-1" />
          </nav>
        </MobileMenu>
        <div className="order-3 flex items-center gap-2 text-sm">
          {user ? (
            <SignOutButton />
          ) : (
            <>
              <Link href="/signin" className="hidden min-h-11 items-center rounded-md px-3 font-medium hover:bg-surface-muted sm:inline-flex">
                Sign in
              </Link>
              <Link href="/signup" className={`${buttonClasses()} text-sm`}>
                Create account
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
