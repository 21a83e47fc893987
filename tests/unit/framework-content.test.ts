import { describe, expect, test } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import { frameworkContentSchema, LEVELS } from '@/lib/content/framework-schema';
import { hashFrameworkContent } from '@/lib/data/framework-loader';
import { readSeedSource, readSharedSeed, seedSentences } from '../support/seed-source';

const content = frameworkContentSchema.parse(frameworkContent);
const items = content.sections.flatMap((section) => section.items);
const written = JSON.stringify(content);

describe('framework content', () => {
  test('the committed source is the shared seed, unchanged', () => {
    const shared = readSharedSeed();
    // CI and the developers' machines hold shared/ beside the checkout.
    if (shared !== null) expect(readSeedSource()).toBe(shared);
    expect(readSeedSource().length).toBeGreaterThan(1000);
  });

  test.each(seedSentences(readSeedSource()))('holds the source sentence word for word: %s', (sentence) => {
    expect(written).toContain(JSON.stringify(sentence).slice(1, -1));
  });

  test('has five skill areas and six behaviours, in the source order', () => {
    expect(content.sections.map((section) => [section.title, section.items.length])).toEqual([
      ['Skills to Develop', 5],
      ['Behaviours to Demonstrate', 6],
    ]);
    expect(content.sections[0]?.items.map((item) => item.title)).toEqual([
      'Managing Managers',
      'Organisation-Wide Technical Strategy',
      'Engineering Culture',
      'Executive Stakeholder Relationships',
      'Operating Model and Delivery Health at Scale',
    ]);
  });

  test('describes every level of every item, each differently', () => {
    const descriptors = items.flatMap((item) => LEVELS.map((level) => item.descriptors[level]));
    expect(descriptors).toHaveLength(55);
    expect(new Set(descriptors).size).toBe(55);
    for (const text of descriptors) expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(20);
  });

  test('lists six books and four programmes, each helping with at least one item', () => {
    const kinds = content.resources.map((resource) => resource.kind);
    expect(kinds.filter((kind) => kind === 'BOOK')).toHaveLength(6);
    expect(kinds.filter((kind) => kind === 'PROGRAMME')).toHaveLength(4);
    for (const resource of content.resources) expect(resource.helps.length).toBeGreaterThan(0);
  });

  test('covers every item with at least one resource', () => {
    const covered = new Set(content.resources.flatMap((resource) => resource.helps.map((help) => help.itemKey)));
    expect(items.filter((item) => !covered.has(item.key)).map((item) => item.key)).toEqual([]);
  });
});

describe('content validation', () => {
  test.each([
    ['a resource pointing at an unknown item', (c: typeof content) => {
      c.resources[0]!.helps[0]!.itemKey = 'no-such-item';
    }, /unknown item "no-such-item"/],
    ['a duplicate item key', (c: typeof content) => {
      c.sections[1]!.items[0]!.key = c.sections[0]!.items[0]!.key;
    }, /Duplicate item key/],
    ['a missing level descriptor', (c: typeof content) => {
      delete (c.sections[0]!.items[0]!.descriptors as Partial<Record<number, string>>)[3];
    }, /descriptors/],
    ['an expected level outside the scale', (c: typeof content) => {
      (c.sections[0]!.items[0]! as { expectedLevel: number }).expectedLevel = 6;
    }, /expectedLevel/],
  ])('refuses %s', (_, change, message) => {
    const broken = structuredClone(content);
    change(broken);
    const result = frameworkContentSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("\n")).toMatch(message);
  });
});

describe('content hash', () => {
  test('depends on the content, not on property order', () => {
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as typeof content;
    expect(hashFrameworkContent(reordered)).toBe(hashFrameworkContent(content));
  });

  test('changes when a word changes', () => {
    const edited = structuredClone(content);
    edited.sections[0]!.items[0]!.descriptors[1] += ' Edited.';
    expect(hashFrameworkContent(edited)).not.toBe(hashFrameworkContent(content));
  });
});
