import { createHash, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { frameworkContentSchema, type FrameworkContent } from '@/lib/content/framework-schema';

export type LoadResult = { versionNumber: number; created: boolean };

// Keys are sorted so that the hash depends on the content, not on the order in
// which an editor happened to write an object's properties.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashFrameworkContent(content: FrameworkContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * Stores the content as a framework version unless that exact content is
 * already stored. Earlier versions are never touched: assessments point at them.
 */
export async function loadFrameworkContent(client: PrismaClient, input: unknown): Promise<LoadResult> {
  const content = frameworkContentSchema.parse(input);
  const contentHash = hashFrameworkContent(content);
  const existing = await client.frameworkVersion.findUnique({ where: { contentHash }, select: { number: true } });
  if (existing) return { versionNumber: existing.number, created: false };
  try {
    return await client.$transaction((tx) => insertVersion(tx, content, contentHash));
  } catch (error) {
    // Another instance starting at the same moment stored it first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const stored = await client.frameworkVersion.findUnique({ where: { contentHash }, select: { number: true } });
      if (stored) return { versionNumber: stored.number, created: false };
    }
    throw error;
  }
}

async function insertVersion(
  tx: Prisma.TransactionClient,
  content: FrameworkContent,
  contentHash: string,
): Promise<LoadResult> {
  const latest = await tx.frameworkVersion.aggregate({ _max: { number: true } });
  const number = (latest._max.number ?? 0) + 1;
  const version = await tx.frameworkVersion.create({
    data: {
      number,
      contentHash,
      name: content.name,
      introduction: content.introduction,
      archetypeLine: content.archetypes.line,
    },
  });
  const frameworkVersionId = version.id;

  const sections = content.sections.map((section, position) => ({ id: randomUUID(), section, position }));
  const items = sections.flatMap(({ id: sectionId, section }) =>
    section.items.map((item, position) => ({ id: randomUUID(), sectionId, item, position })),
  );
  const itemIds = new Map(items.map(({ id, item }) => [item.key, id]));
  const resources = content.resources.map((resource, position) => ({ id: randomUUID(), resource, position }));

  await tx.frameworkSection.createMany({
    data: sections.map(({ id, section, position }) => ({
      id,
      frameworkVersionId,
      key: section.key,
      title: section.title,
      summary: section.summary,
      weight: section.weight,
      position,
    })),
  });
  await tx.frameworkItem.createMany({
    data: items.map(({ id, sectionId, item, position }) => ({
      id,
      frameworkVersionId,
      sectionId,
      key: item.key,
      title: item.title,
      description: item.description,
      expectedLevel: item.targets.inRole,
      stepUpLevel: item.targets.stepUp,
      mustHave: item.targets.mustHave,
      targetsWhy: item.targets.why,
      resourceNote: item.resourceNote ?? '',
      reflectionPrompts: item.reflectionPrompts,
      opportunityStretch: item.opportunity.stretch,
      opportunityQuestion: item.opportunity.question,
      position,
    })),
  });
  await tx.levelDescriptor.createMany({
    data: items.flatMap(({ id: itemId, item }) =>
      Object.entries(item.descriptors).map(([level, descriptor]) => ({ itemId, level: Number(level), ...descriptor })),
    ),
  });
  await tx.ratingLevel.createMany({
    data: content.scale.map((step) => ({ frameworkVersionId, ...step })),
  });
  await tx.resource.createMany({
    data: resources.map(({ id, resource, position }) => ({
      id,
      frameworkVersionId,
      key: resource.key,
      kind: resource.kind,
      title: resource.title,
      why: resource.why,
      position,
    })),
  });
  await tx.resourceItem.createMany({
    data: resources.flatMap(({ id: resourceId, resource }) =>
      resource.helps.map(({ itemKey, how, level, part }) => {
        const itemId = itemIds.get(itemKey);
        // The schema's refinement already guarantees the key exists.
        if (!itemId) throw new Error(`Unknown item key ${itemKey}`);
        return { resourceId, itemId, how, level, part: part ?? null };
      }),
    ),
  });
  const archetypes = content.archetypes.links.map((link, position) => ({ id: randomUUID(), link, position }));
  await tx.archetype.createMany({
    data: archetypes.map(({ id, link: { levels: _levels, ...link }, position }) => ({ id, frameworkVersionId, ...link, position })),
  });
  await tx.archetypeLevel.createMany({
    data: archetypes.flatMap(({ id: archetypeId, link }) =>
      items.map(({ id: itemId, item }) => ({
        archetypeId,
        itemId,
        // The schema's refinement guarantees a level for every item key.
        level: link.levels === 'in-role' ? item.targets.inRole : (link.levels[item.key] ?? item.targets.inRole),
      })),
    ),
  });
  return { versionNumber: number, created: true };
}
