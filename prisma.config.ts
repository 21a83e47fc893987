import { defineConfig } from 'prisma/config';

// The URL only matters to Prisma's own CLI; the app and its scripts pass a
// driver adapter (PGlite or node-postgres) to the client instead.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/headway' },
});
