import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listSourceFiles } from '../support/source-files';

const app = path.join(import.meta.dirname, '../../app');

// A `page.tsx` or `route.ts` under app/bench would ship in the product; a
// `*.bench.*` route file anywhere else would be left out of it.
describe('route files', () => {
  const files = listSourceFiles(app).map((file) => path.relative(app, file));
  const routeFile = (file: string) => /^(page|route|layout|loading|error|not-found|template|default)\.(bench\.)?tsx?$/.test(path.basename(file));

  test('under app/bench are benchmark-only (*.bench.tsx, *.bench.ts)', () => {
    const bench = files.filter((file) => file.startsWith(`bench${path.sep}`) && routeFile(file));
    expect(bench.length).toBeGreaterThan(0);
    for (const file of bench) expect(file).toMatch(/\.bench\.tsx?$/);
  });

  test('outside app/bench are part of the product', () => {
    expect(files.filter((file) => !file.startsWith(`bench${path.sep}`) && /\.bench\.tsx?$/.test(file))).toEqual([]);
  });
});
