import path from 'node:path';
import { describe } from 'vitest';
import { readSources } from '../support/source-files';
import { testSourceRule, type Pattern } from '../support/source-scan';

// The rating scale is framework-version data: validation, charts, gap wording
// and exports read the bounds of the version an assessment is pinned to. A
// bound written into the code is one a version with another scale would get
// wrong without a word: these patterns find such literals.
const root = path.join(import.meta.dirname, '../..');
// The framework content is where the scale is written down.
const CONTENT = 'lib/content/framework-content.ts';

const SCALE_LITERALS: Pattern[] = [
  ['the levels listed one by one', /\[\s*1\s*,\s*2\s*,\s*3\s*,\s*4\s*,\s*5\s*\]/],
  ['a range of levels written out', /\b1\s*(to|–|\.\.)\s*5\b/],
  ['a pair of bounds ending at five', /\[\s*[01]\s*,\s*5\s*\]/],
  ['a level bounded by five', /level.*(\.max\(\s*5\b|<=?\s*[56]\b)/i],
  ['a top or bottom level as a constant', /\b(MAX|MIN|TOP|HIGHEST|LOWEST)_LEVEL\s*=\s*\d/],
  ['a level bounded below by a literal', /level.*\.min\(\s*1\b/i],
  ['a gap axis of a fixed length', /Math\.max\(\s*4\b/],
  ['a level type of literal numbers', /z\.literal\(\s*LEVELS\b|\b1\s*\|\s*2\s*\|\s*3\s*\|\s*4\s*\|\s*5\b/],
];

describe('one rating scale, from the framework version', () => {
  testSourceRule({
    rule: 'no bound of the rating scale is written outside the framework content',
    sources: readSources(root, ['app', 'components', 'lib']).filter(({ file }) => file !== CONTENT),
    reads: ['lib/validation/assessment.ts', 'lib/export/json.ts', 'components/charts/gap-radar-chart.tsx', 'lib/domain/gaps.ts', 'lib/content/framework-schema.ts'],
    patterns: SCALE_LITERALS,
    examples: [
      ["const level = z.coerce.number().int().min(1, LEVEL_MESSAGE).max(5, LEVEL_MESSAGE);", true],
      ["const LEVEL_MESSAGE = 'Choose a level from 1 to 5';", true],
      ['const LEVELS = [1, 2, 3, 4, 5] as const;', true],
      ['<PolarRadiusAxis domain={[0, 5]} />', true],
      ['const MAX_LEVEL = 5;', true],
      ['return Math.max(4, ...gaps.map((gap) => gap ?? 0));', true],
      ['export const levelSchema = z.literal(LEVELS);', true],
      ['const at = (level: number) => (RADIUS * level) / scale.max;', false],
      ['if (!isInScale(scale, answer.level)) ctx.addIssue({ message: levelMessage(scale) });', false],
      ['weight: z.number().int().min(1).max(10),', false],
    ],
  });
});
