import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listSourceFiles } from '../support/source-files';

const root = path.resolve(import.meta.dirname, '../..');
// Everything the app serves is rendered from these folders.
const files = ['app', 'components', 'lib'].flatMap((dir) => listSourceFiles(path.join(root, dir)));
const PLACEHOLDER = /has not been published|not been published in Headway|coming soon|lorem ipsum|\bTBD\b|to be written/i;

describe('no page leads to a placeholder', () => {
  test('finds the sources', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  test.each(files.map((file) => [path.relative(root, file), file]))('%s holds no placeholder text', (_, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(PLACEHOLDER);
  });
});
