// The embedded database on a thread of its own. PGlite is Postgres compiled to
// WebAssembly: each statement runs synchronously on the thread that owns it,
// so on the request thread it would stall every other request while it works.
// Here the statements run beside the rendering instead. It answers the
// messages sent by lib/db/pglite-thread.ts through pglite-prisma-adapter,
// the same adapter the app would otherwise use in process.
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/** @type {{ dataDir: string }} */
const { dataDir } = workerData;
if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
const pglite = new PGlite(dataDir);
const adapter = await new PrismaPGlite(pglite).connect();

/** Open transactions by the id the request thread knows them by. */
const transactions = new Map();
let lastTransactionId = 0;

function queryable(transactionId) {
  if (transactionId === undefined) return adapter;
  const transaction = transactions.get(transactionId);
  if (!transaction) throw new Error(`Transaction ${transactionId} is not open`);
  return transaction;
}

async function perform(message) {
  switch (message.op) {
    case 'queryRaw':
      return queryable(message.transaction).queryRaw(message.query);
    case 'executeRaw':
      return queryable(message.transaction).executeRaw(message.query);
    case 'executeScript':
      // Awaited here: the adapter's own executeScript does not wait for the script.
      await pglite.exec(message.script);
      return undefined;
    case 'startTransaction': {
      const transaction = await adapter.startTransaction(message.isolationLevel);
      lastTransactionId += 1;
      transactions.set(lastTransactionId, transaction);
      return { id: lastTransactionId, options: transaction.options };
    }
    case 'commit':
    case 'rollback': {
      const transaction = queryable(message.transaction);
      transactions.delete(message.transaction);
      return message.op === 'commit' ? transaction.commit() : transaction.rollback();
    }
    case 'close':
      await pglite.close();
      return undefined;
    default:
      throw new Error(`Unknown operation ${String(message.op)}`);
  }
}

// A driver error keeps its mapped cause (a unique violation, say), so that the
// request thread can raise the same DriverAdapterError Prisma expects.
function describeError(error) {
  if (error instanceof Error && error.name === 'DriverAdapterError' && 'cause' in error) {
    return { message: error.message, driverError: error.cause };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

parentPort.on('message', (message) => {
  perform(message).then(
    (value) => parentPort.postMessage({ id: message.id, ok: true, value }),
    (error) => parentPort.postMessage({ id: message.id, ok: false, ...describeError(error) }),
  );
});
