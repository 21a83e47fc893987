import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time rather than bundled: PGlite ships its
  // Postgres as WebAssembly plus data files that a bundler would lose.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
