// Test databases: PGlite by default, the Postgres server at TEST_DATABASE_URL
// when it is set. A template is migrated and loaded once per run; each test
// file gets its own copy, so files never see each other's rows.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type pg from 'pg';
import { withPgClient } from '@/lib/db/pg-client';
import { frameworkContent } from '@/lib/content/framework-content';
import { loadFrameworkContent } from '@/lib/data/framework-loader';
import { applyMigrations } from '@/lib/db/migrations';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type Backend = 'pglite' | 'postgres';

export function testBackend(): Backend {
  return process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
}

export function serverUrl(database?: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

export const withAdminClient = <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => withPgClient(serverUrl(), run);

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Migrates and loads the framework into a new database; returns where it is. */
export async function createTemplate(): Promise<string> {
  if (testBackend() === 'postgres') {
    const name = uniqueName('headway_template');
    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
    const url = serverUrl(name);
    await migrateAndLoad(() => new PrismaPg({ connectionString: url }));
    return name;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'headway-template-'));
  const pglite = new PGlite(dir);
  await migrateAndLoad(() => new PrismaPGlite(pglite));
  await pglite.close();
  return dir;
}

async function migrateAndLoad(factory: () => PrismaPg | PrismaPGlite): Promise<void> {
  await applyMigrations(factory());
  const client = new PrismaClient({ adapter: factory() });
  await loadFrameworkContent(client, frameworkContent);
  await client.$disconnect();
}

export async function dropTemplate(template: string): Promise<void> {
  if (testBackend() === 'postgres') {
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
  } else {
    await rm(template, { recursive: true, force: true });
  }
}

export type TestDatabase = { env: Record<string, string>; drop: () => Promise<void> };

/** A private copy of the template, described as the environment the app reads. */
export async function copyTemplate(template: string): Promise<TestDatabase> {
  if (testBackend() === 'postgres') {
    const name = uniqueName('headway_test');
    // Postgres refuses to copy a template that another CREATE DATABASE is
    // reading, so parallel test files take turns.
    await withAdminClient(async (client) => {
      await client.query('SELECT pg_advisory_lock(4807)');
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      } finally {
        await client.query('SELECT pg_advisory_unlock(4807)');
      }
    });
    return {
      env: { DATABASE_URL: serverUrl(name) },
      drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'headway-test-'));
  await cp(template, path.join(dataDir, 'pglite'), { recursive: true });
  return {
    env: { HEADWAY_DATA_DIR: dataDir },
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}
