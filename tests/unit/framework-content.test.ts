import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import { frameworkContentSchema, type DescriptorContent, type ItemContent } from '@/lib/content/framework-schema';
import { contentLevels, descriptorAt } from '@/tests/support/content';
import { hashFrameworkContent } from '@/lib/data/framework-loader';
import { readSeedSource, seedSentences } from '../support/seed-source';

const content = frameworkContentSchema.parse(frameworkContent);
const items = content.sections.flatMap((section) => section.items);
const written = JSON.stringify(content);

describe('framework content', () => {
  test('the committed source is the framework’s text, unchanged', () => {
    // The source is never edited in the repository: a change to it is a new
    // framework text, reviewed as such, and this digest changes with it.
    expect(createHash('sha256').update(readSeedSource()).digest('hex')).toBe('484099a96961e664c8f4aac8317165f136da13887777537f65828ef2e28dbe76');
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
    const descriptors = items.flatMap((item) => contentLevels.map((level) => item.descriptors[level]!.text));
    expect(descriptors).toHaveLength(55);
    expect(new Set(descriptors).size).toBe(55);
    for (const text of descriptors) expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(20);
  });

  test.each(items.flatMap((item) => contentLevels.map((level) => [item.key, level, descriptorAt(item, level)] as const)))(
    '%s level %i has a one-line summary, 2 to 4 signals and 1 or 2 examples of evidence',
    (_, __, descriptor) => {
      expect(descriptor.summary.length).toBeGreaterThan(20);
      expect(descriptor.summary).not.toContain('\n');
      expect(descriptor.signals.length).toBeGreaterThanOrEqual(2);
      expect(descriptor.signals.length).toBeLessThanOrEqual(4);
      expect(descriptor.examples.length).toBeGreaterThanOrEqual(1);
      expect(descriptor.examples.length).toBeLessThanOrEqual(2);
    },
  );

  test('level 5 differs from item to item, and tools are examples rather than requirements', () => {
    const fives = items.map((item) => item.descriptors[5]!.summary);
    expect(new Set(fives).size).toBe(items.length);
    // The old level 5 said the same of every item: others outside the organisation adopt it.
    for (const item of items) expect(item.descriptors[5]!.text).not.toMatch(/outside (your|the) organisation/);
    const operating = items.find((item) => item.key === 'operating-model')!;
    for (const level of contentLevels) {
      const text = operating.descriptors[level]!.text;
      for (const tool of ['DORA', 'Team Topologies', 'team topologies']) {
        if (text.includes(tool)) expect(text).toMatch(new RegExp(`(for example|such as|tools such as)[^.]*${tool}`));
      }
    }
  });

  test('level 4 is where the teams or managers run it without the EM', () => {
    for (const item of items) expect(item.descriptors[4]!.text).toMatch(/without (you|the EM|asking you|them)/);
  });

  test('keeps the three AI governance items apart: how the organisation uses AI, external obligations, and where the law is silent', () => {
    const byKey = new Map(items.map((item) => [item.key, contentLevels.map((level) => item.descriptors[level]!.text).join(' ')]));
    expect(byKey.get('ai-adoption-strategy')).not.toMatch(/regulation|ethic/i);
    expect(byKey.get('ai-regulation-awareness')).toMatch(/external obligations/);
    expect(byKey.get('ai-regulation-awareness')).not.toMatch(/ethic/i);
    expect(byKey.get('ai-ethics-position')).toMatch(/law is silent|law leaves open|no law settled|law does not settle/);
  });

  test('gives every item two targets, mostly 3 to step up and 4 in the role, with the must-haves marked and a reason', () => {
    expect(items.map((item) => [item.key, item.targets.stepUp, item.targets.inRole, item.targets.mustHave])).toEqual([
      ['managing-managers', 3, 4, true],
      ['technical-strategy', 3, 4, true],
      ['engineering-culture', 3, 4, false],
      ['executive-stakeholders', 3, 4, true],
      ['operating-model', 3, 4, false],
      ['ai-adoption-strategy', 3, 4, false],
      ['ai-productivity-evidence', 3, 4, false],
      ['ai-ethics-position', 2, 4, false],
      ['ai-investment-case', 2, 4, false],
      ['ai-team-conversations', 3, 4, false],
      ['ai-regulation-awareness', 2, 4, false],
    ]);
    for (const item of items) expect(item.targets.why).toMatch(new RegExp(`Step up at ${item.targets.stepUp}`));
    // The two sections weigh the same, whatever their number of items.
    expect(content.sections.map((section) => section.weight)).toEqual([1, 1]);
  });

  test('gives every item two or three reflection prompts and an opportunity to ask for', () => {
    for (const item of items) {
      expect(item.reflectionPrompts.length).toBeGreaterThanOrEqual(2);
      expect(item.reflectionPrompts.length).toBeLessThanOrEqual(3);
      for (const prompt of item.reflectionPrompts) expect(prompt).toMatch(/\?$/);
      expect(item.opportunity.question).toMatch(/\?$/);
    }
  });

  test('lists six books and four programmes, each helping with at least one item', () => {
    const kinds = content.resources.map((resource) => resource.kind);
    expect(kinds.filter((kind) => kind === 'BOOK')).toHaveLength(6);
    expect(kinds.filter((kind) => kind === 'PROGRAMME')).toHaveLength(4);
    for (const resource of content.resources) expect(resource.helps.length).toBeGreaterThan(0);
  });

  test('maps every item to at least one book, each mapping saying the level it helps reach', () => {
    const books = content.resources.filter((resource) => resource.kind === 'BOOK');
    for (const item of items) expect(books.some((book) => book.helps.some((help) => help.itemKey === item.key))).toBe(true);
    for (const help of content.resources.flatMap((resource) => resource.helps)) expect(contentLevels).toContain(help.level);
    // The two items that had only the executive programme: a book from the source's list, and a note saying what the list lacks.
    for (const key of ['ai-regulation-awareness', 'ai-ethics-position']) {
      const item = items.find((entry) => entry.key === key)!;
      expect(books.filter((book) => book.helps.some((help) => help.itemKey === key)).map((book) => book.title)).toEqual(['Thinking in Systems']);
      expect(item.resourceNote).toMatch(/^No book on the source's list is about/);
    }
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
      delete c.sections[0]!.items[0]!.descriptors[3];
    }, /Item "managing-managers" has no descriptor for level 3/],
    ['a descriptor for a level the scale does not have', (c: typeof content) => {
      c.sections[0]!.items[0]!.descriptors[6] = descriptorAt(c.sections[0]!.items[0]!, 5);
    }, /Item "managing-managers" describes level 6, which is not on the scale/],
    ['a descriptor with one signal', (c: typeof content) => {
      c.sections[0]!.items[2]!.descriptors[4]!.signals = ['Only one'];
    }, /Give 2 to 4 observable signals/],
    ['a descriptor with no example of evidence', (c: typeof content) => {
      c.sections[1]!.items[5]!.descriptors[1]!.examples = [];
    }, /Give 1 or 2 examples of evidence/],
    ['a descriptor without a summary', (c: typeof content) => {
      delete (c.sections[1]!.items[0]!.descriptors[5]! as Partial<DescriptorContent>).summary;
    }, /summary/],
    ['an in-role target outside the scale', (c: typeof content) => {
      c.sections[0]!.items[0]!.targets.inRole = 6;
    }, /Item "managing-managers" in-role target: level 6 is not on the scale/],
    ['a resource helping towards a level off the scale', (c: typeof content) => {
      c.resources[0]!.helps[0]!.level = 0;
    }, /helps\.0\.level/],
    ['an archetype at a level off the scale', (c: typeof content) => {
      (c.archetypes.links[0]!.levels as Record<string, number>)['ai-ethics-position'] = 9;
    }, /Archetype "engineering-manager" on "ai-ethics-position": level 9 is not on the scale/],
    ['a step-up target above the in-role target', (c: typeof content) => {
      c.sections[0]!.items[0]!.targets.stepUp = 5;
    }, /targets\.stepUp The step-up target cannot be above the in-role target/],
    ['an item without targets', (c: typeof content) => {
      delete (c.sections[0]!.items[0]! as Partial<ItemContent>).targets;
    }, /targets/],
    ['a single reflection prompt', (c: typeof content) => {
      c.sections[0]!.items[0]!.reflectionPrompts = ['Only one?'];
    }, /reflectionPrompts/],
    ['an item without an opportunity to ask for', (c: typeof content) => {
      delete (c.sections[1]!.items[2]! as Partial<ItemContent>).opportunity;
    }, /opportunity/],
    ['an archetype with no level for an item', (c: typeof content) => {
      const levels = c.archetypes.links[0]!.levels as Record<string, number>;
      delete levels['ai-ethics-position'];
    }, /Archetype "engineering-manager" gives no level for item "ai-ethics-position"/],
    ['an item with no book', (c: typeof content) => {
      for (const resource of c.resources) resource.helps = resource.helps.filter((help) => resource.kind !== 'BOOK' || help.itemKey !== 'ai-regulation-awareness');
    }, /Item "ai-regulation-awareness" has no book that helps with it/],
    ['a resource mapping without the level it helps reach', (c: typeof content) => {
      delete (c.resources[0]!.helps[0]! as { level?: number }).level;
    }, /resources\.0\.helps\.0\.level/],
    ['a section without a weight', (c: typeof content) => {
      delete (c.sections[1]! as { weight?: number }).weight;
    }, /weight/],
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
    edited.sections[0]!.items[0]!.descriptors[1]!.text += ' Edited.';
    expect(hashFrameworkContent(edited)).not.toBe(hashFrameworkContent(content));
  });
});
