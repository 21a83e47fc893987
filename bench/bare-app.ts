// The bare Next app in bench/bare: the same Next and React as Headway, one
// layout, a static page, an 11-row dynamic page and a page that renders the
// markup of one of Headway's (bench/markup-tree.ts), served by `next start`.
// Every page is reported as a ratio to it, measured in the same rounds, so
// the figures say what Headway costs over Next itself on this machine.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { startGroup, type Server } from './server';

const root = path.join(import.meta.dirname, '..');
const appDir = path.join(root, 'bench/bare');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

/** The weight pages render the markup of the Headway page they are named after. */
export const BARE_PATHS = { static: '/', dynamic: '/dynamic', gapWeight: '/weight/gap', othersWeight: '/weight/others' } as const;

const newestSource = (dir: string): number =>
  Math.max(
    ...readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.name !== '.next')
      .map((entry) => (entry.isDirectory() ? newestSource(path.join(dir, entry.name)) : statSync(path.join(dir, entry.name)).mtimeMs)),
  );

/** Builds the bare app unless its build is newer than its sources and than the installed Next. */
export function buildBareApp(): void {
  const buildId = path.join(appDir, '.next/BUILD_ID');
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (builtAt > Math.max(newestSource(appDir), statSync(path.join(root, 'node_modules/next/package.json')).mtimeMs)) return;
  const build = spawnSync(process.execPath, [nextBin, 'build', appDir], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error('The bare Next app did not build');
}

/** `weightDir`: where the weight pages read their markup (`gap.json`, `others.json`), written before their first request. */
export function startBareApp(port: number, weightDir: string): Promise<Server> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { NODE_ENV: 'production', BARE_WEIGHT_DIR: weightDir };
  return startGroup(process.execPath, [nextBin, 'start', appDir, '-H', '127.0.0.1', '-p', String(port)], env, baseUrl, BARE_PATHS.static);
}
