import { requireUser } from '@/lib/auth/session';

// Checked here, above the loading skeleton, so a signed-out request is
// redirected before the page starts streaming (a 307, not a 200 that redirects
// afterwards). The page checks again for itself.
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return children;
}
