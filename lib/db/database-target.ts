import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PgliteThreadAdapterFactory } from '@/lib/db/pglite-thread';
import { preparedStatementName } from '@/lib/db/statement-names';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { env } from '@/lib/env';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  // `memory://` keeps an embedded database in memory only (tests).
  | { kind: 'pglite'; dataDir: string };

export function resolveDatabaseTarget(): DatabaseTarget {
  const { DATABASE_URL, HEADWAY_DATA_DIR } = env();
  if (DATABASE_URL) return { kind: 'postgres', url: DATABASE_URL };
  return { kind: 'pglite', dataDir: path.resolve(HEADWAY_DATA_DIR, 'pglite') };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `embedded Postgres (PGlite) at ${target.dataDir}`;
  const url = new URL(target.url);
  return `Postgres at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

// Fail fast rather than hang when the server is down: a request should get a
// clear 503 within seconds, and the pool should recover once Postgres is back.
const POOL_SETTINGS = {
  max: 10,
  connectionTimeoutMillis: 5_000,
  idleTimeoutMillis: 30_000,
  statement_timeout: 15_000,
  query_timeout: 20_000,
  // Statements are named (lib/db/statement-names.ts) to skip parsing, but
  // each execution is still planned for its own values: a generic plan, made
  // for the average person, is slow for one with a thousand assessments.
  options: '-c plan_cache_mode=force_custom_plan',
};

export function createAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.kind === 'pglite') return new PgliteThreadAdapterFactory(target.dataDir);
  return new PrismaPg({ connectionString: target.url, ...POOL_SETTINGS }, { statementNameGenerator: preparedStatementName });
}
