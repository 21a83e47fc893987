// The embedded database served over the Postgres protocol from a worker
// thread (HEADWAY_PGLITE_DRIVER=socket): the same Prisma behaviour as the
// other drivers, without holding up the thread that asked.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyMigrations, readMigrationList } from '@/lib/db/migrations';
import { closePgliteSocket, PgliteSocketAdapterFactory } from '@/lib/db/pglite-socket';
import { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

let dir: string;
let dataDir: string;
let client: PrismaClient;

const newClient = () => new PrismaClient({ adapter: new PgliteSocketAdapterFactory(dataDir) });
const user = (email: string) => ({ email, name: email.split('@')[0] ?? null });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'headway-pglite-socket-'));
  dataDir = path.join(dir, 'pglite');
  const { migrationDirectories } = await readMigrationList();
  expect(await applyMigrations(new PgliteSocketAdapterFactory(dataDir))).toEqual(migrationDirectories.map((entry) => entry.path));
  client = newClient();
});

afterAll(async () => {
  await client.$disconnect();
  await closePgliteSocket(dataDir);
  await rm(dir, { recursive: true, force: true });
});

describe('PGlite served over a socket from a worker thread', () => {
  test('reads back what it writes, dates and nulls included', async () => {
    const created = await client.user.create({ data: user('ada@example.com'), select: { id: true, createdAt: true } });
    const found = await client.user.findUnique({ where: { id: created.id }, select: { email: true, createdAt: true, passwordHash: true } });
    expect(found).toEqual({ email: 'ada@example.com', createdAt: created.createdAt, passwordHash: null });
  });

  test('a unique violation is the same known Prisma error as on Postgres', async () => {
    await client.user.create({ data: user('grace@example.com') });
    const duplicate = await client.user.create({ data: user('grace@example.com') }).catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((duplicate as Prisma.PrismaClientKnownRequestError).code).toBe('P2002');
  });

  test('a transaction that throws leaves nothing behind, while writes on other connections all succeed', async () => {
    const emails = Array.from({ length: 12 }, (_, index) => `parallel-${index}@example.com`);
    const failed = client.$transaction(async (tx) => {
      await tx.user.create({ data: user('rolled-back@example.com') });
      throw new Error('changed my mind');
    });
    const writes = emails.map((email) => client.user.create({ data: user(email) }));
    await expect(failed).rejects.toThrow('changed my mind');
    await Promise.all(writes);
    expect(await client.user.count({ where: { email: 'rolled-back@example.com' } })).toBe(0);
    expect(await client.user.count({ where: { email: { in: emails } } })).toBe(12);
  });

  test('the asking thread stays free while a statement works', async () => {
    const before = performance.eventLoopUtilization();
    const [row] = await client.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM generate_series(1, 3000000)`;
    const during = performance.eventLoopUtilization(before);
    expect(row?.total).toBe(3_000_000n);
    expect(during.idle).toBeGreaterThan(during.active);
  });

  test('closing the server keeps what was written; the next query opens it again', async () => {
    await client.user.create({ data: user('durable@example.com') });
    await client.$disconnect();
    await closePgliteSocket(dataDir);
    client = newClient();
    expect(await client.user.count({ where: { email: 'durable@example.com' } })).toBe(1);
  });
});
