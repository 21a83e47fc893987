import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const PROBE = path.join(import.meta.dirname, '../support/young-generation-probe.ts');

// `npm start` runs Node with a 64 MB young generation for the serving thread,
// read here from the script itself. While those flags are set, V8 ignores a
// worker's own resourceLimits, so each PDF thread would keep 64 MB
// semi-spaces it has no use for.
const startScript = (JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
const SERVER_FLAGS = startScript.match(/--(?:min|max)-semi-space-size=\d+/g) ?? [];

test('npm start fixes the serving thread\'s young generation at one size', () => {
  expect([...SERVER_FLAGS].sort()).toEqual(['--max-semi-space-size=64', '--min-semi-space-size=64']);
});

test('threads started with the CPU pool size their young generation themselves, whatever the serving thread was given', () => {
  const run = spawnSync(process.execPath, [...SERVER_FLAGS, '--import', 'tsx', '--conditions=react-server', PROBE], { encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  const { largestMb } = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { largestMb: number };
  // A 48 MB young generation is two 16 MB semi-spaces and a space for what survives; under the flag they reach 64 MB each.
  expect(largestMb).toBeGreaterThan(0);
  expect(largestMb).toBeLessThanOrEqual(32);
});
