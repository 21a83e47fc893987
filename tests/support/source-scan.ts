import { expect, test } from 'vitest';
import { findLines, type SourceFile } from './source-files';

export type Pattern = readonly [what: string, pattern: RegExp];

type SourceRule = {
  /** What the rule forbids, as the test that no source breaks it is named. */
  rule: string;
  sources: readonly SourceFile[];
  /** Files the scan must read: a scan that reads nothing finds nothing. */
  reads: readonly string[];
  /** What may not be written, each with how it reads in a finding. */
  patterns: readonly Pattern[];
  /** Lines the patterns must find (true) or pass over (false): a pattern that can find nothing would pass the scan as well. */
  examples: [line: string, found: boolean][];
};

/**
 * A rule that no line of the app's source may break, checked in three parts so
 * that its passing means something: the scan reads the files it should, the
 * patterns tell breaking lines from innocent ones, and no source line matches.
 */
export function testSourceRule({ rule, sources, reads, patterns, examples }: SourceRule) {
  test('the scan reads the files the rule is about', () => {
    expect(sources.map(({ file }) => file)).toEqual(expect.arrayContaining([...reads]));
  });

  test.each(examples)('the patterns tell %s', (line, found) => {
    expect(patterns.some(([, pattern]) => pattern.test(line))).toBe(found);
  });

  test(rule, () => {
    expect(findLines(sources, patterns)).toEqual([]);
  });
}
