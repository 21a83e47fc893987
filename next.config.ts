import type { NextConfig } from 'next';
import { DIST_DIR, PAGE_EXTENSIONS } from './bench/build-flag';
import { LANDING_PAGE, SESSION_COOKIE_KEYS } from './lib/auth/session-cookie-name';
import { ACTION_HEADERS } from './lib/http/action-request-guard';
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
  // proxy.ts sees the URL the router resolves against. Normalised, its host is
  // `localhost` whenever the server listens on a named address (`-H
  // 127.0.0.1`): the signed-out home page's rewrite to /about then names
  // another origin, and Next fetches it over HTTP from itself.
  skipProxyUrlNormalize: true,
  experimental: {
    // The public pages are prerendered from the database, and the embedded one
    // (PGlite) allows one process at a time: one build worker, not one per core.
    cpus: 1,
    // An address that names no page gets app/global-not-found.tsx, rendered per
    // request; app/not-found.tsx is part of every page and must stay static.
    globalNotFound: true,
  },
  reactStrictMode: true,
  // Signed out, the home page is the same for everyone: the prerendered landing
  // page, served without the proxy. With a session cookie, proxy.ts runs and `/`
  // is the dashboard.
  rewrites() {
    return Promise.resolve({
      beforeFiles: [
        {
          source: '/',
          destination: LANDING_PAGE,
          // Nor a request that may carry a server action: it runs where it was posted.
          missing: [
            ...SESSION_COOKIE_KEYS.map((key) => ({ type: 'cookie' as const, key })),
            ...ACTION_HEADERS.map((key) => ({ type: 'header' as const, key })),
          ],
        },
      ],
      afterFiles: [],
      fallback: [],
    });
  },
  // On every response, static assets included. The Content-Security-Policy
  // depends on the page: `proxy.ts` gives a nonce per request, and a
  // prerendered page's script hashes are in the headers the build wrote for it.
  headers() {
    return [{ source: '/:path*', headers: buildSecurityHeaders({ isProduction: process.env.NODE_ENV === 'production' }) }];
  },
};

export default nextConfig;
