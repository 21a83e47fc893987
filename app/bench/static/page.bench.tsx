import type { Metadata } from 'next';

// Benchmark baseline: prerendered at build and served from the cache, the
// fastest answer the server can give. Nothing here reads the request.
export const dynamic = 'force-static';

export const metadata: Metadata = { title: 'Benchmark: static page' };

export default function StaticBenchPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-semibold tracking-tight">Static page</h1>
      <p className="text-text-muted">A prerendered page that `npm run bench` compares the app&apos;s pages with.</p>
    </div>
  );
}
