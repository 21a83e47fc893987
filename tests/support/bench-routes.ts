import path from 'node:path';
import { listSourceFiles } from './source-files';

const root = path.join(import.meta.dirname, '../..');

/** The benchmark's routes as URLs, from the `page.bench.tsx` and `route.bench.ts` files under app/bench. */
export function listBenchRoutes(): string[] {
  return listSourceFiles(path.join(root, 'app/bench'))
    .map((file) => path.relative(path.join(root, 'app'), file).split(path.sep))
    .filter((parts) => /^(page|route)\.bench\.tsx?$/.test(parts.at(-1) ?? ''))
    .map((parts) => `/${parts.slice(0, -1).join('/')}`)
    .sort();
}
