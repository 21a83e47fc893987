import { afterAll, beforeAll, expect, test } from 'vitest';
import { createAdapterFactory } from '@/lib/db/database-target';
import { preparedStatementName } from '@/lib/db/statement-names';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { freshDatabase, type FreshDatabase } from '../support/resilience-database';

// Used only when TEST_DATABASE_URL is unset: the PGlite run still needs a Postgres server for this.
const CLUSTER_PORT = 55436;

let database: FreshDatabase;
let client: PrismaClient;

beforeAll(async () => {
  database = await freshDatabase(CLUSTER_PORT);
  client = new PrismaClient({ adapter: createAdapterFactory({ kind: 'postgres', url: database.url }) });
});

afterAll(async () => {
  await client?.$disconnect();
  await database?.drop();
});

test('on Postgres, a statement is parsed once per connection and reused with new values', async () => {
  const answers = [];
  for (const value of [3, 5, 8]) answers.push(await client.$queryRaw<{ n: number }[]>`SELECT ${value}::int AS n`);
  expect(answers.map(([row]) => row?.n)).toEqual([3, 5, 8]);

  // The pool hands back the connection it was given last, so this runs where the three did.
  const prepared = await client.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
  const asked = prepared.filter((row) => row.statement === 'SELECT $1::int AS n');
  expect(asked).toEqual([{ name: preparedStatementName({ sql: 'SELECT $1::int AS n' }), statement: 'SELECT $1::int AS n' }]);
  expect(prepared.find((row) => row.statement.includes('pg_prepared_statements'))?.name).toMatch(/^hw_/);
});

test('each execution is planned for its own values, not with a generic plan made for the average', async () => {
  const [mode] = await client.$queryRaw<{ plan_cache_mode: string }[]>`SHOW plan_cache_mode`;
  expect(mode?.plan_cache_mode).toBe('force_custom_plan');
});

test('each text has its own name, the same every time', () => {
  const first = preparedStatementName({ sql: 'SELECT 1' });
  expect(preparedStatementName({ sql: 'SELECT 1' })).toBe(first);
  expect(preparedStatementName({ sql: 'SELECT 2' })).not.toBe(first);
  expect(first).toMatch(/^hw_[\w-]{27}$/);
});
