import type { Metadata, Viewport } from 'next';
import { Document } from '@/components/layout/document';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Headway', template: '%s · Headway' },
  description: 'Rate yourself against the Head of Engineering framework, see where the gaps are and track how they close.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#181b23' },
  ],
};

// What every page shares, and nothing that reads the request: the (app) group
// adds the session's header and renders per request, the (public) group is
// prerendered.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <Document>{children}</Document>;
}
