import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

const PROBE = path.join(import.meta.dirname, '../support/young-generation-probe.ts');

// `npm start` runs Node with --max-semi-space-size=64 for the serving thread.
// While that flag is set, V8 ignores a worker's own resourceLimits, so each
// PDF thread would keep 64 MB semi-spaces it has no use for.
test('threads started with the CPU pool size their young generation themselves, whatever the serving thread was given', () => {
  const run = spawnSync(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', '--conditions=react-server', PROBE], { encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  const { largestMb } = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { largestMb: number };
  // A 48 MB young generation is two 16 MB semi-spaces and a space for what survives; under the flag they reach 64 MB each.
  expect(largestMb).toBeGreaterThan(0);
  expect(largestMb).toBeLessThanOrEqual(32);
});
