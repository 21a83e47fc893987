// A fresh database per backend: PGlite in its own folder under bench/results/,
// or a new headway_bench_* database on the local Postgres server. Both are
// migrated the way `npm run db:migrate` does it, then seeded in bulk.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { withPgClient } from '../lib/db/pg-client';
import type { Sql } from './seed';

export type BackendName = 'PGlite' | 'Postgres';
export type Backend = {
  name: BackendName;
  /** What the app reads to find this database. */
  env: Record<string, string>;
  /** A connection for seeding; closed before the app starts (PGlite allows one). */
  open: () => Promise<Sql & { close: () => Promise<void> }>;
  drop: () => Promise<void>;
};

const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const stamp = () => `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${randomBytes(2).toString('hex')}`;

const withAdmin = <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => withPgClient(POSTGRES, run);

export async function createBackend(name: BackendName, resultsDir: string): Promise<Backend> {
  if (name === 'PGlite') {
    const dataDir = path.join(resultsDir, `pglite-${stamp()}`);
    await mkdir(dataDir, { recursive: true });
    return {
      name,
      env: { HEADWAY_DATA_DIR: dataDir },
      open: async () => {
        const db = await PGlite.create(path.join(dataDir, 'pglite'));
        return { query: (text, params) => db.query(text, params), close: () => db.close() };
      },
      drop: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const database = `headway_bench_${stamp()}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${database}"`));
  const url = new URL(POSTGRES);
  url.pathname = `/${database}`;
  return {
    name,
    env: { DATABASE_URL: url.toString() },
    open: async () => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      return { query: (text, params) => client.query(text, params), close: () => client.end() };
    },
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Migrations and framework content, exactly as `npm run db:migrate` applies them. */
export function migrate(backend: Backend): void {
  const result = spawnSync('npm', ['run', '--silent', 'db:migrate'], { env: { ...process.env, ...backend.env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`db:migrate failed on ${backend.name}:\n${result.stdout}${result.stderr}`);
}
