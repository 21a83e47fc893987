import { connection } from 'next/server';
import { PageFrame } from '@/components/layout/page-frame';
import { getSessionUser } from '@/lib/auth/session';

// These pages depend on who is signed in, and each response carries its own
// CSP nonce: none of them may be prerendered.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return <PageFrame user={await getSessionUser()}>{children}</PageFrame>;
}
