import 'server-only';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';

// Loaded from disk by path, as lib/db/pglite-thread.ts loads its worker:
// plain JavaScript that Next leaves alone and Node runs as it is.
const WORKER_FILE = path.join(process.cwd(), 'lib/workers/cpu-worker.mjs');

// A thread per core: the pool's threads run at the lowest CPU priority
// (lib/workers/cpu-worker.mjs), so the thread that answers requests still
// comes first, and while no page is being served every core draws PDFs.
const THREADS = availableParallelism();
// Work waiting beyond this is refused rather than queued without end: a flood
// of requests then costs a quick "busy", not minutes of backlog.
const MAX_QUEUE = THREADS * 16;

// V8's own default on a machine of this size. A PDF allocates as much as a
// page does, but a thread that draws one PDF at a time has no use for the
// serving thread's 64 MB semi-spaces, which would hold about 100 MB more per
// thread once warm.
const YOUNG_GENERATION_MB = 48;

let pool: Piscina | undefined;

/**
 * `npm start` sizes the serving thread's young generation with
 * --max-semi-space-size, a V8 flag for the whole process, and while it is set
 * V8 ignores a worker's own resourceLimits (nodejs/node#43991). V8 reads the
 * flag only when it creates a heap, so clearing it before the pool's first
 * thread starts leaves the serving thread's heap as it was and lets each
 * thread created from then on size its own: the pool's by the limit above.
 * --min-semi-space-size stays set, and V8 caps it at a heap's maximum: each
 * pool thread, like the serving thread, starts at its full size rather than
 * growing into it.
 */
function withoutProcessWideYoungGeneration(): void {
  setFlagsFromString('--max-semi-space-size=0');
}

function cpuPool(): Piscina {
  if (!pool) {
    withoutProcessWideYoungGeneration();
    pool = new Piscina({
      filename: WORKER_FILE,
      minThreads: 1,
      maxThreads: THREADS,
      maxQueue: MAX_QUEUE,
      idleTimeout: 60_000,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
  }
  return pool;
}

/** Thrown when the pool's queue is full: the caller answers "busy, try again". */
export class CpuPoolBusyError extends Error {
  constructor() {
    super('The server is busy.');
    this.name = 'CpuPoolBusyError';
  }
}

export const BUSY_MESSAGE = 'Headway is busy just now. Try again in a minute.';

/** For `.catch`: a full queue becomes null, for the caller to answer BUSY_MESSAGE; anything else is rethrown. */
export function busyOrThrow(error: unknown): null {
  if (error instanceof CpuPoolBusyError) return null;
  throw error;
}

/**
 * Tasks the pool's threads have finished since the process started: how the
 * tests see that work ran on a worker thread, and that a cached result did
 * not run again.
 */
export function cpuPoolCompletedTasks(): number {
  return pool?.completed ?? 0;
}

/** Runs the worker's export `task` with `input` on a pool thread. */
export async function runOnCpuPool<Result>(task: string, input: unknown): Promise<Result> {
  const pool = cpuPool();
  if (pool.queueSize >= MAX_QUEUE) throw new CpuPoolBusyError();
  return (await pool.run(input, { name: task })) as Result;
}
