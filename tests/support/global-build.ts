import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(import.meta.dirname, '../..');

// The resilience tests start the built app themselves, several times and
// against databases of their own; they need a build of the current sources
// first, as `npm start` would make one.
export default function setup() {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts', '--if-stale'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('The production build failed.');
}
