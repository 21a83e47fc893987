import 'server-only';
import { db } from '@/lib/db/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { FrameworkView } from '@/lib/domain/framework-view';
import { idSchema } from '@/lib/validation/assessment';

const frameworkInclude = {
  sections: {
    orderBy: { position: 'asc' },
    include: {
      items: {
        orderBy: { position: 'asc' },
        include: { descriptors: { orderBy: { level: 'asc' } } },
      },
    },
  },
  levels: { orderBy: { level: 'asc' } },
  resources: {
    orderBy: { position: 'asc' },
    include: { items: { include: { item: { select: { key: true, title: true, position: true } } } } },
  },
  archetypes: { orderBy: { position: 'asc' } },
} satisfies Prisma.FrameworkVersionInclude;

/** The newest framework version: what a new assessment is made against. */
export async function getCurrentFramework(): Promise<FrameworkView | null> {
  return db().frameworkVersion.findFirst({ orderBy: { number: 'desc' }, include: frameworkInclude });
}

/** The keys of the newest framework version's archetypes: the archetype pages the build prerenders. */
export async function listArchetypeKeys(): Promise<string[]> {
  const current = await db().frameworkVersion.findFirst({ orderBy: { number: 'desc' }, select: { archetypes: { orderBy: { position: 'asc' }, select: { key: true } } } });
  return current?.archetypes.map((archetype) => archetype.key) ?? [];
}

export async function getArchetype(key: string) {
  // The key comes from the URL: anything that cannot be a key is simply not one.
  if (!idSchema.safeParse(key).success) return null;
  const current = await db().frameworkVersion.findFirst({ orderBy: { number: 'desc' }, select: { id: true } });
  if (!current) return null;
  return db().archetype.findUnique({
    where: { frameworkVersionId_key: { frameworkVersionId: current.id, key } },
    include: {
      frameworkVersion: { select: { number: true, levels: { orderBy: { level: 'asc' }, select: { level: true, name: true } } } },
      levels: {
        select: {
          level: true,
          item: {
            select: {
              key: true,
              title: true,
              position: true,
              section: { select: { title: true, position: true } },
              descriptors: { orderBy: { level: 'asc' }, select: { level: true, summary: true } },
            },
          },
        },
      },
    },
  });
}
