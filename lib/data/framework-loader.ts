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

  const sections = buildOrderedRows(frameworkVersionId, content.sections, ({ key, title, summary, weight }) => ({ key, title, summary, weight }));
  const items = sections.flatMap(({ row: { id: sectionId }, content: section }) =>
    buildOrderedRows(frameworkVersionId, section.items, (item) => ({
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
    })),
  );
  const itemIds = new Map(items.map(({ row, content: item }) => [item.key, row.id]));
  const resources = buildOrderedRows(frameworkVersionId, content.resources, ({ key, kind, title, why }) => ({ key, kind, title, why }));
  const archetypes = buildOrderedRows(frameworkVersionId, content.archetypes.links, ({ levels: _levels, ...link }) => link);

  await tx.frameworkSection.createMany({ data: sections.map(({ row }) => row) });
  await tx.frameworkItem.createMany({ data: items.map(({ row }) => row) });
  await tx.levelDescriptor.createMany({
    data: items.flatMap(({ row: { id: itemId }, content: item }) =>
      Object.entries(item.descriptors).map(([level, descriptor]) => ({ itemId, level: Number(level), ...descriptor })),
    ),
  });
  await tx.ratingLevel.createMany({
    data: content.scale.map((step) => ({ frameworkVersionId, ...step })),
  });
  await tx.resource.createMany({ data: resources.map(({ row }) => row) });
  await tx.resourceItem.createMany({
    data: resources.flatMap(({ row: { id: resourceId }, content: resource }) =>
      resource.helps.map(({ itemKey, how, level, part }) => {
        const itemId = itemIds.get(itemKey);
        // The schema's refinement already guarantees the key exists.
        if (!itemId) throw new Error(`Unknown item key ${itemKey}`);
        return { resourceId, itemId, how, level, part: part ?? null };
      }),
    ),
  });
  await tx.archetype.createMany({ data: archetypes.map(({ row }) => row) });
  await tx.archetypeLevel.createMany({
    data: archetypes.flatMap(({ row: { id: archetypeId }, content: link }) =>
      items.map(({ row: { id: itemId }, content: item }) => ({
        archetypeId,
        itemId,
        // The schema's refinement guarantees a level for every item key.
        level: link.levels === 'in-role' ? item.targets.inRole : (link.levels[item.key] ?? item.targets.inRole),
      })),
    ),
  });
  return { versionNumber: number, created: true };
}

/**
 * The rows of one of the version's ordered lists, each beside the content it
 * came from. Ids are made here rather than by the database because
 * createMany returns none and the rows' children point at them.
 */
function buildOrderedRows<Content, Columns>(frameworkVersionId: string, list: readonly Content[], columns: (content: Content) => Columns) {
  return list.map((content, position) => ({ content, row: { id: randomUUID(), frameworkVersionId, ...columns(content), position } }));
}
