// The embedded database served from a worker thread: the same Prisma
// behaviour as in process (errors, transactions, migrations), without
// holding up the thread that asked.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyMigrations, readMigrationList } from '@/lib/db/migrations';
import { closePgliteThread, PgliteThreadAdapterFactory } from '@/lib/db/pglite-thread';
import { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

let dir: string;
let dataDir: string;
let client: PrismaClient;

const newClient = () => new PrismaClient({ adapter: new PgliteThreadAdapterFactory(dataDir) });
const user = (email: string) => ({ email, name: email.split('@')[0] ?? null });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'headway-pglite-thread-'));
  dataDir = path.join(dir, 'pglite');
  const { migrationDirectories } = await readMigrationList();
  // The migration engine goes through the thread too: scripts, transactions and all.
  expect(await applyMigrations(new PgliteThreadAdapterFactory(dataDir))).toEqual(migrationDirectories.map((entry) => entry.path));
  client = newClient();
});

afterAll(async () => {
  await client.$disconnect();
  await closePgliteThread(dataDir);
  await rm(dir, { recursive: true, force: true });
});

describe('PGlite on a worker thread', () => {
  test('reads back what it writes, dates and nulls included', async () => {
    const created = await client.user.create({ data: user('ada@example.com'), select: { id: true, createdAt: true } });
    const found = await client.user.findUnique({ where: { id: created.id }, select: { email: true, createdAt: true, passwordHash: true } });
    expect(found).toEqual({ email: 'ada@example.com', createdAt: created.createdAt, passwordHash: null });
    expect(found?.createdAt).toBeInstanceOf(Date);
  });

  test('a unique violation is the same known Prisma error as in process', async () => {
    await client.user.create({ data: user('grace@example.com') });
    const duplicate = await client.user.create({ data: user('grace@example.com') }).catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((duplicate as Prisma.PrismaClientKnownRequestError).code).toBe('P2002');
    expect(await client.user.count({ where: { email: 'grace@example.com' } })).toBe(1);
  });

  test('a transaction that throws leaves nothing behind; one that finishes is kept', async () => {
    const failed = client.$transaction(async (tx) => {
      await tx.user.create({ data: user('rolled-back@example.com') });
      throw new Error('changed my mind');
    });
    await expect(failed).rejects.toThrow('changed my mind');
    expect(await client.user.count({ where: { email: 'rolled-back@example.com' } })).toBe(0);

    await client.$transaction(async (tx) => {
      await tx.user.create({ data: user('kept@example.com') });
    });
    expect(await client.user.count({ where: { email: 'kept@example.com' } })).toBe(1);
  });

  test('queries sent while a transaction is open wait for it and all succeed', async () => {
    const emails = Array.from({ length: 12 }, (_, index) => `parallel-${index}@example.com`);
    const transaction = client.$transaction(async (tx) => {
      await tx.user.create({ data: user('inside@example.com') });
      return tx.user.count({ where: { email: { startsWith: 'parallel-' } } });
    });
    const writes = emails.map((email) => client.user.create({ data: user(email) }));
    const [countInside] = await Promise.all([transaction, ...writes]);
    // The transaction holds the single connection: it saw none of the writes queued behind it.
    expect(countInside).toBe(0);
    expect(await client.user.count({ where: { email: { in: [...emails, 'inside@example.com'] } } })).toBe(13);
  });

  test('a bad script is refused with its error and the database keeps serving', async () => {
    const adapter = await new PgliteThreadAdapterFactory(dataDir).connect();
    await expect(adapter.executeScript('SELEC 1')).rejects.toThrow(/syntax error/);
    expect(await client.user.count({ where: { email: 'ada@example.com' } })).toBe(1);
  });

  test('the asking thread stays free while a statement works', async () => {
    // In process, PGlite keeps the event loop busy for the whole statement
    // (utilisation 1.0); on its own thread the loop sits idle, free to serve.
    const before = performance.eventLoopUtilization();
    const [row] = await client.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM generate_series(1, 3000000)`;
    const during = performance.eventLoopUtilization(before);
    expect(row?.total).toBe(3_000_000n);
    expect(during.idle).toBeGreaterThan(during.active);
  });

  test('closing the thread keeps what was written; the next query opens it again', async () => {
    await client.user.create({ data: user('durable@example.com') });
    await client.$disconnect();
    await closePgliteThread(dataDir);
    client = newClient();
    expect(await client.user.count({ where: { email: 'durable@example.com' } })).toBe(1);
  });
});
