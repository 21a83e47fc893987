// The embedded database on a thread of its own, served over the Postgres wire
// protocol on a loopback port: PGlite runs each statement synchronously on the
// thread that owns it, so the request thread talks to it through
// @prisma/adapter-pg instead of running it. Started by lib/db/pglite-socket.ts.
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string; maxConnections: number }} */
const { dataDir, maxConnections } = workerData;
if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
const db = await PGlite.create(dataDir);
// Port 0: the system picks a free port, so several data directories (and
// several checkouts) never collide.
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
server.addEventListener('listening', (event) => parentPort.postMessage({ listening: event.detail.port }));
await server.start();

parentPort.on('message', async (message) => {
  if (message !== 'close') return;
  await server.stop();
  await db.close();
  parentPort.postMessage({ closed: true });
});
