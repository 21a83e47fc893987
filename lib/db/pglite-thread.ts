import path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  DriverAdapterError,
  type ConnectionInfo,
  type Error as MappedDriverError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from '@prisma/driver-adapter-utils';

// Plain JavaScript, so that Node can load it as it is under vitest and the
// scripts; Next's build sees the Worker and bundles the file itself.
const WORKER_FILE = path.join(process.cwd(), 'lib/db/pglite-thread-worker.mjs');

type Operation =
  | { op: 'queryRaw' | 'executeRaw'; query: SqlQuery; transaction?: number }
  | { op: 'executeScript'; script: string }
  | { op: 'startTransaction'; isolationLevel?: IsolationLevel }
  | { op: 'commit' | 'rollback'; transaction: number }
  | { op: 'close' };

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string; driverError?: MappedDriverError };

/**
 * One PGlite database on its own worker thread, and the calls waiting on it.
 * If the thread dies, every waiting call fails and the next call starts a new
 * thread on the same data directory.
 */
class PgliteThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private lastId = 0;

  constructor(readonly dataDir: string) {}

  call<T>(operation: Operation): Promise<T> {
    const worker = (this.worker ??= this.start());
    this.lastId += 1;
    const id = this.lastId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as T), reject });
      worker.postMessage({ id, ...operation });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.call({ op: 'close' });
    } finally {
      this.worker = undefined;
      await worker.terminate();
    }
  }

  private start(): Worker {
    const worker = new Worker(WORKER_FILE, { workerData: { dataDir: this.dataDir } });
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(reply.driverError ? new DriverAdapterError(reply.driverError) : new Error(reply.message));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The embedded database thread stopped (exit code ${code})`)));
    return worker;
  }
}

const ADAPTER_NAME = 'pglite-prisma-adapter';

class ThreadQueryable {
  readonly provider = 'postgres';
  readonly adapterName = ADAPTER_NAME;

  constructor(
    protected readonly thread: PgliteThread,
    protected readonly transaction?: number,
  ) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.thread.call({ op: 'queryRaw', query, transaction: this.transaction });
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.thread.call({ op: 'executeRaw', query, transaction: this.transaction });
  }
}

class ThreadTransaction extends ThreadQueryable implements Transaction {
  constructor(
    thread: PgliteThread,
    private readonly id: number,
    readonly options: TransactionOptions,
  ) {
    super(thread, id);
  }

  commit(): Promise<void> {
    return this.thread.call({ op: 'commit', transaction: this.id });
  }

  rollback(): Promise<void> {
    return this.thread.call({ op: 'rollback', transaction: this.id });
  }
}

class ThreadAdapter extends ThreadQueryable implements SqlDriverAdapter {
  constructor(
    thread: PgliteThread,
    private readonly ownsThread = false,
  ) {
    super(thread);
  }

  executeScript(script: string): Promise<void> {
    return this.thread.call({ op: 'executeScript', script });
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const { id, options } = await this.thread.call<{ id: number; options: TransactionOptions }>({ op: 'startTransaction', isolationLevel });
    return new ThreadTransaction(this.thread, id, options);
  }

  getConnectionInfo(): ConnectionInfo {
    return { supportsRelationJoins: true };
  }

  // A data directory's thread is shared by every client of it in this process
  // (the app and the migration engine): it is closed with closePgliteThread,
  // not by one client letting go. A shadow database's thread is its own.
  dispose(): Promise<void> {
    return this.ownsThread ? this.thread.close() : Promise.resolve();
  }
}

// One thread per data directory per process, kept on globalThis because
// Next bundles entry points separately: two PGlite instances must never open
// the same directory.
const threads: Map<string, PgliteThread> = ((globalThis as { __headwayPgliteThreads?: Map<string, PgliteThread> }).__headwayPgliteThreads ??=
  new Map<string, PgliteThread>());

function threadFor(dataDir: string): PgliteThread {
  let thread = threads.get(dataDir);
  if (!thread) {
    thread = new PgliteThread(dataDir);
    threads.set(dataDir, thread);
  }
  return thread;
}

/** Prisma's driver adapter for an embedded database served from a worker thread. */
export class PgliteThreadAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = ADAPTER_NAME;

  constructor(private readonly dataDir: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return Promise.resolve(new ThreadAdapter(threadFor(this.dataDir)));
  }

  // Only a migration diff needs one: a throwaway database in memory.
  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return Promise.resolve(new ThreadAdapter(new PgliteThread('memory://'), true));
  }
}

export async function closePgliteThread(dataDir: string): Promise<void> {
  const thread = threads.get(dataDir);
  threads.delete(dataDir);
  await thread?.close();
}
