import { readFileSync } from 'node:fs';
import path from 'node:path';

const committedCopy = path.resolve(import.meta.dirname, '../../lib/content/source/head-of-engineering.txt');

export function readSeedSource(): string {
  return readFileSync(committedCopy, 'utf8');
}

/**
 * The source's sentences as they must appear in Headway. The last line joins
 * the two archetype links with arrows; each link is checked by its name.
 */
export function seedSentences(source: string): string[] {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) =>
      line.startsWith('→')
        ? line
            .split('→')
            .map((part) => part.trim())
            .filter(Boolean)
        : [line],
    );
}
