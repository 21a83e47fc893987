import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// Generated code (the Prisma client) and installed packages are not ours to check.
const SKIP = new Set(['generated', 'node_modules']);

/** Every .ts and .tsx file under `dir`, as absolute paths. */
export function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listSourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}
