import Link from 'next/link';

/** The way back up from a page to the one it belongs to, above its title. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="link">
        {children}
      </Link>
    </p>
  );
}

/** A page's one top-level heading. */
export function PageTitle({ children }: { children: React.ReactNode }) {
  return <h1 className="text-3xl font-semibold tracking-tight">{children}</h1>;
}

/** A page's title and what the page is for, with the page's main actions beside them where there is room. */
export function PageHeader({ title, intro, actions }: { title: React.ReactNode; intro: React.ReactNode; actions: React.ReactNode }) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-4">
      <div className="space-y-2">
        <PageTitle>{title}</PageTitle>
        {intro}
      </div>
      {actions}
    </header>
  );
}
