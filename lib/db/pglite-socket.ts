import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

// Loaded from disk by path, as lib/db/pglite-thread.ts loads its worker.
const WORKER_FILE = path.join(process.cwd(), 'lib/db/pglite-socket-worker.mjs');

// The server queues every connection's statements on its one PGlite, keeping a
// transaction's statements together; more connections only queue more work.
const CONNECTIONS = 10;

type Served = { worker: Worker; url: Promise<string> };

function serve(dataDir: string): Served {
  const worker = new Worker(WORKER_FILE, { workerData: { dataDir, maxConnections: CONNECTIONS } });
  const url = new Promise<string>((resolve, reject) => {
    worker.on('message', (message: { listening?: number }) => {
      if (message.listening) resolve(`postgres://postgres@127.0.0.1:${message.listening}/postgres`);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The embedded database thread stopped (exit code ${code})`)));
  });
  return { worker, url };
}

async function stop({ worker }: Served): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    worker.on('message', (message: { closed?: boolean }) => {
      if (message.closed) resolve();
    });
    worker.once('exit', () => resolve());
  });
  worker.postMessage('close');
  await closed;
  await worker.terminate();
}

// One server per data directory per process, kept on globalThis because Next
// bundles entry points separately: two PGlite instances must never open the
// same directory.
const servers: Map<string, Served> = ((globalThis as { __headwayPgliteSockets?: Map<string, Served> }).__headwayPgliteSockets ??=
  new Map<string, Served>());

function servedFrom(dataDir: string): Served {
  let served = servers.get(dataDir);
  if (!served) {
    served = serve(dataDir);
    servers.set(dataDir, served);
  }
  return served;
}

/** Prisma's Postgres adapter, connected to an embedded database served from a worker thread. */
export class PgliteSocketAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';

  constructor(private readonly dataDir: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    const connectionString = await servedFrom(this.dataDir).url;
    return new PrismaPg({ connectionString, max: CONNECTIONS }).connect();
  }

  // Only a migration diff needs one: a throwaway database in memory, with its own thread.
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = serve('memory://');
    const adapter = await new PrismaPg({ connectionString: await shadow.url, max: 1 }).connect();
    return Object.assign(adapter, {
      dispose: async () => {
        await adapter.dispose();
        await stop(shadow);
      },
    });
  }
}

export async function closePgliteSocket(dataDir: string): Promise<void> {
  const served = servers.get(dataDir);
  servers.delete(dataDir);
  if (served) await stop(served);
}
