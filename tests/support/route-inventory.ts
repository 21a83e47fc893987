// What the built app answers to, read from `next build`'s own records rather
// than from app/ on disk: a route or action counts once it ships.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const root = path.join(import.meta.dirname, '../..');

/** Every page and route handler of the build, as its URL pattern (`/assessments/[id]`), sorted. */
export function listAppRoutes(): string[] {
  const file = path.join(root, '.next/app-path-routes-manifest.json');
  const manifest = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(file, 'utf8')));
  return [...new Set(Object.values(manifest))].sort();
}
