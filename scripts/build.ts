// `npm run build` builds and records a fingerprint of the sources it built;
// `--if-stale` (used by `npm start`) builds only when there is no build or the
// sources changed since, so a fresh clone needs no extra step. The public
// pages are prerendered from the database, so it is migrated and the
// framework loaded first, as `npm start` does. Either way it bundles the worker
// threads' code (scripts/build-workers.ts) and lists the prerendered pages'
// script hashes (scripts/write-script-hashes.ts), which is quick and keeps both
// true to the build, whatever made it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_BUILD, DIST_DIR, ROUTE_TYPES } from '../bench/build-flag';
import { buildWorkers } from './build-workers';
import { writeScriptHashes } from './write-script-hashes';

const SOURCES = ['app', 'bench/build-flag.ts', 'components', 'lib', 'prisma', 'public', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'proxy.ts', 'instrumentation.ts', 'tsconfig.json'];
const SKIP = new Set(['node_modules', 'generated']);
const STAMP = path.join(DIST_DIR, 'headway-sources.sha256');

function collect(entry: string, files: string[]): void {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const child of readdirSync(entry).sort()) if (!SKIP.has(child)) collect(path.join(entry, child), files);
  } else {
    files.push(entry);
  }
}

function fingerprint(): string {
  const files: string[] = [];
  for (const source of SOURCES) collect(source, files);
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const onlyIfStale = process.argv.includes('--if-stale');
const current = fingerprint();
const built = existsSync(path.join(DIST_DIR, 'BUILD_ID')) && existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : null;
if (!onlyIfStale || built !== current) {
  if (onlyIfStale) {
    console.log(built === null ? 'No production build yet: building once.' : 'Sources changed since the last build: rebuilding.');
  }
  const prepared = spawnSync('npx', ['tsx', 'scripts/prepare.ts'], { stdio: 'inherit' });
  if (prepared.status !== 0) process.exit(prepared.status ?? 1);
  // The other build's route types would fail this build's type-check (bench/build-flag.ts).
  rmSync(BENCH_BUILD ? ROUTE_TYPES.product : ROUTE_TYPES.bench, { recursive: true, force: true });
  const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP, current);
}

await buildWorkers();
const pages = Object.keys(writeScriptHashes());
console.log(`Prerendered with a CSP by script hashes: ${pages.join(', ') || 'no page'}.`);
