import { describe, expect, test } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import { db } from '@/lib/db/db';
import { getArchetype, getCurrentFramework } from '@/lib/data/framework';
import { loadFrameworkContent } from '@/lib/data/framework-loader';
import { readSeedSource, seedSentences } from '../support/seed-source';

async function rowCounts() {
  const client = db();
  return {
    versions: await client.frameworkVersion.count(),
    sections: await client.frameworkSection.count(),
    items: await client.frameworkItem.count(),
    levels: await client.ratingLevel.count(),
    descriptors: await client.levelDescriptor.count(),
    resources: await client.resource.count(),
    resourceItems: await client.resourceItem.count(),
    archetypes: await client.archetype.count(),
  };
}

function storedText(framework: NonNullable<Awaited<ReturnType<typeof getCurrentFramework>>>): string[] {
  return [
    framework.introduction,
    framework.archetypeLine,
    ...framework.archetypes.map((archetype) => archetype.name),
    ...framework.sections.flatMap((section) => [
      section.title,
      ...section.items.flatMap((item) => [item.title, item.description]),
    ]),
    ...framework.resources.flatMap((resource) => [resource.title, resource.why]),
  ];
}

describe('the framework in the database', () => {
  test('holds every sentence of the source word for word', async () => {
    const framework = await getCurrentFramework();
    expect(framework).not.toBeNull();
    const text = storedText(framework!);
    const missing = seedSentences(readSeedSource()).filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });

  test('models 2 sections, 11 items, a 5-level scale and 55 descriptors', async () => {
    const framework = (await getCurrentFramework())!;
    expect(framework.number).toBe(1);
    expect(framework.sections.map((section) => section.items.length)).toEqual([5, 6]);
    expect(framework.levels.map((level) => level.level)).toEqual([1, 2, 3, 4, 5]);
    for (const item of framework.sections.flatMap((section) => section.items)) {
      expect(item.descriptors.map((descriptor) => descriptor.level)).toEqual([1, 2, 3, 4, 5]);
      expect(item.expectedLevel).toBeGreaterThanOrEqual(1);
    }
    expect(await rowCounts()).toMatchObject({ versions: 1, items: 11, descriptors: 55, resources: 10, archetypes: 2 });
  });

  test('maps every resource to the items it helps with', async () => {
    const framework = (await getCurrentFramework())!;
    expect(framework.resources.filter((resource) => resource.kind === 'BOOK')).toHaveLength(6);
    expect(framework.resources.filter((resource) => resource.kind === 'PROGRAMME')).toHaveLength(4);
    for (const resource of framework.resources) expect(resource.items.length).toBeGreaterThan(0);
    const covered = new Set(framework.resources.flatMap((resource) => resource.items.map(({ item }) => item.key)));
    expect(covered.size).toBe(11);
  });

  test('stores the two targets, must-haves, weights, descriptor signals and each archetype\'s level per item', async () => {
    const framework = (await getCurrentFramework())!;
    expect(framework.sections.map((section) => section.weight)).toEqual([1, 1]);
    const first = framework.sections[0]!.items[0]!;
    expect(first).toMatchObject({ key: 'managing-managers', stepUpLevel: 3, expectedLevel: 4, mustHave: true });
    expect(first.reflectionPrompts).toEqual(frameworkContent.sections[0]!.items[0]!.reflectionPrompts);
    expect(first.descriptors[2]).toMatchObject(frameworkContent.sections[0]!.items[0]!.descriptors[3]!);

    const em = (await getArchetype('engineering-manager'))!;
    const hoe = (await getArchetype('head-of-engineering'))!;
    expect(em.summary).toMatch(/experienced Engineering Manager/);
    expect(em.levels).toHaveLength(11);
    expect(em.levels.find((row) => row.item.key === 'managing-managers')).toMatchObject({ level: 2 });
    expect(hoe.levels.map((row) => row.level)).toEqual(Array(11).fill(4));
    expect(await getArchetype('no-such-role')).toBeNull();
  });

  test('loading the same content again changes nothing', async () => {
    const before = await rowCounts();
    const result = await loadFrameworkContent(db(), frameworkContent);
    expect(result).toEqual({ versionNumber: 1, created: false });
    expect(await rowCounts()).toEqual(before);
  });

  test('changed content becomes a new version and leaves the old rows as they were', async () => {
    const client = db();
    const oldItems = await client.frameworkItem.findMany({
      where: { frameworkVersion: { number: 1 } },
      include: { descriptors: true },
      orderBy: { position: 'asc' },
    });
    const edited = structuredClone(frameworkContent);
    edited.sections[0]!.items[0]!.descriptors[2]!.text = 'A rewritten descriptor for the second level, specific enough to be observable in practice.';

    expect(await loadFrameworkContent(client, edited)).toEqual({ versionNumber: 2, created: true });
    expect(await loadFrameworkContent(client, edited)).toEqual({ versionNumber: 2, created: false });

    const current = (await getCurrentFramework())!;
    expect(current.number).toBe(2);
    expect(current.sections[0]!.items[0]!.descriptors[1]!.text).toMatch(/^A rewritten descriptor/);
    expect(
      await client.frameworkItem.findMany({
        where: { frameworkVersion: { number: 1 } },
        include: { descriptors: true },
        orderBy: { position: 'asc' },
      }),
    ).toEqual(oldItems);
    // Items keep their keys across versions: that is how later versions match them.
    const keys = (list: { key: string }[]) => list.map((item) => item.key).sort();
    expect(keys(current.sections.flatMap((section) => section.items))).toEqual(keys(oldItems));
  });

  test('refuses content that does not validate, writing nothing', async () => {
    const before = await rowCounts();
    const broken = structuredClone(frameworkContent) as { sections: unknown[] };
    broken.sections = [];
    await expect(loadFrameworkContent(db(), broken)).rejects.toThrow();
    expect(await rowCounts()).toEqual(before);
  });
});
