import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

function prepare(env: Record<string, string>) {
  const { DATABASE_URL: _ignored, NEXTAUTH_SECRET: _secret, ...inherited } = process.env;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'headway-startup-'));
  const result = spawnSync('npx', ['tsx', 'scripts/prepare.ts'], {
    env: { ...inherited, HEADWAY_DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('a malformed DATABASE_URL stops start-up with a message naming it, not a stack trace', () => {
  const { status, output } = prepare({ DATABASE_URL: 'localhost/headway' });
  expect(status).toBe(1);
  expect(output).toContain('DATABASE_URL: must be a URL such as postgres://');
  expect(output).not.toMatch(/\n\s+at /);
});

test('production on Postgres without NEXTAUTH_SECRET refuses to start', () => {
  const { status, output } = prepare({ NODE_ENV: 'production', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/headway' });
  expect(status).toBe(1);
  expect(output).toContain('NEXTAUTH_SECRET is not set');
  expect(output).not.toMatch(/\n\s+at /);
});
