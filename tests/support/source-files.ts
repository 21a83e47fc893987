import { readdirSync, readFileSync, statSync } from 'node:fs';
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

export type SourceFile = { file: string; text: string };

/** The app's own source under `dirs` (relative to `root`), with paths relative to `root`. */
export function readSources(root: string, dirs: readonly string[]): SourceFile[] {
  return dirs.flatMap((dir) => listSourceFiles(path.join(root, dir))).map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8') }));
}

/** Every line of `sources` that a pattern finds, as "file:line: what: text". */
export function findLines(sources: readonly SourceFile[], patterns: readonly (readonly [string, RegExp])[]): string[] {
  return sources.flatMap(({ file, text }) =>
    text.split('\n').flatMap((line, index) => patterns.filter(([, pattern]) => pattern.test(line)).map(([what]) => `${file}:${index + 1}: ${what}: ${line.trim()}`)),
  );
}
