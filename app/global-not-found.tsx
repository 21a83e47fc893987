import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Document } from '@/components/layout/document';
import { NotFoundMessage } from '@/components/layout/not-found-message';
import { PageFrame } from '@/components/layout/page-frame';
import { getSessionUser } from '@/lib/auth/session';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found · Headway' };

// An address that names no page. Outside the root layout, so it can render per
// request (the visitor's own header, a nonce CSP) while every page's own
// not-found stays prerendered with it.
export default async function GlobalNotFound() {
  await connection();
  return (
    <Document>
      <PageFrame user={await getSessionUser()}>
        <NotFoundMessage />
      </PageFrame>
    </Document>
  );
}
