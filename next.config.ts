import type { NextConfig } from 'next';
import { DIST_DIR, PAGE_EXTENSIONS } from './bench/build-flag';
import { buildSecurityHeaders } from './lib/security/headers';

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time rather than bundled: PGlite ships its
  // Postgres as WebAssembly plus data files that a bundler would lose, and
  // pdfkit is large and reads its font data from disk, and piscina starts its
  // worker threads from its own files; nodemailer only ever runs in Node.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm', 'pdfkit', 'piscina', 'nodemailer'],
  // `npm run bench` builds its own routes into a build of its own (bench/build-flag.ts).
  distDir: DIST_DIR,
  pageExtensions: PAGE_EXTENSIONS,
  poweredByHeader: false,
  reactStrictMode: true,
  // On every response, static assets included. The Content-Security-Policy
  // needs a per-request nonce, so `proxy.ts` sets that one.
  headers() {
    return [{ source: '/:path*', headers: buildSecurityHeaders({ isProduction: process.env.NODE_ENV === 'production' }) }];
  },
};

export default nextConfig;
