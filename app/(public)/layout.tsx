import { PageFrame } from '@/components/layout/page-frame';

// These pages are the same for every visitor and prerendered at build time,
// so their header cannot depend on the session: it offers the signed-out
// links, which still serve someone signed in ("Sign in" takes them home).
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <PageFrame user={null}>{children}</PageFrame>;
}
