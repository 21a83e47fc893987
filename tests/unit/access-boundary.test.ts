import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSources } from '../support/source-files';
import { testSourceRule, type Pattern } from '../support/source-scan';

// Who may read or change whose data is decided in lib/data/access.ts alone.
// An ownership condition written anywhere else is a second place that
// decides it, and the first one a new relation (a rater, a supporter) would
// miss: these patterns find such conditions.
const root = path.join(import.meta.dirname, '../..');
const ACCESS_MODULE = 'lib/data/access.ts';

const OWNERSHIP_CONDITIONS: Pattern[] = [
  ['an owner field set from the signed-in person', /\b(userId|subjectId|authorId|draftOwnerId)\s*:\s*(user|viewer|session|me|owner)\.id\b/],
  ['an account looked up by the signed-in person’s id', /\bwhere\s*:\s*\{\s*id\s*:\s*(user|viewer|session|me|owner)\.id\b/],
  ['an owner column compared in hand-written SQL', /"(userId|subjectId|authorId|draftOwnerId)"\s*=\s*\$\{/],
];

const sources = readSources(root, ['app', 'components', 'lib']);

describe('the access layer', () => {
  testSourceRule({
    rule: 'no ownership condition is written outside lib/data/access.ts',
    sources: sources.filter(({ file }) => file !== ACCESS_MODULE),
    reads: ['lib/data/assessments.ts', 'lib/data/goals.ts'],
    patterns: OWNERSHIP_CONDITIONS,
    examples: [
      ['where: { id, userId: user.id }', true],
      ["where: { assessment: { subjectId: viewer.id, status: 'DRAFT' } }", true],
      ['db().user.update({ where: { id: user.id }, data })', true],
      ['WHERE "userId" = ${user.id} AND status = $2', true],
      ['where: ownAssessment(viewer, id)', false],
      ['WHERE ${ownAssessmentsSql(viewer)}', false],
    ],
  });

  test('the patterns find the conditions in the access module itself', () => {
    const access = sources.find(({ file }) => file === ACCESS_MODULE)?.text ?? '';
    expect(OWNERSHIP_CONDITIONS.filter(([, pattern]) => pattern.test(access)).map(([what]) => what)).toContain('an owner field set from the signed-in person');
  });
});
