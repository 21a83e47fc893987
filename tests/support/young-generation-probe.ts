// Run by tests/integration/cpu-pool-young-generation.test.ts in a process of
// its own, started with the V8 flags `npm start` gives the server. Starts the
// CPU pool with one task, then a worker thread that asks for a 48 MB young
// generation, fills it with objects that survive a while, and reports the
// largest new space it reached (both semi-spaces), in MB.
import { Worker } from 'node:worker_threads';
import { runOnCpuPool } from '@/lib/workers/cpu-pool';

await runOnCpuPool('scorePassword', { password: 'quartz lantern orbit meadow 42', personal: [] });

const FILL = `
const v8 = require('node:v8');
const { parentPort } = require('node:worker_threads');
const keep = [];
let largest = 0;
for (let i = 0; i < 3_000_000; i++) {
  keep.push({ i, text: 'x' + i });
  if (keep.length > 1_500_000) keep.splice(0, 500_000);
  if (i % 1000 === 0) largest = Math.max(largest, v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size);
}
parentPort.postMessage(largest / 1048576);
`;

const worker = new Worker(FILL, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
worker.once('message', (largestMb: number) => {
  process.stdout.write(`${JSON.stringify({ largestMb })}\n`);
  process.exit(0);
});
