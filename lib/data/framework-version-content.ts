import 'server-only';
import { db } from '@/lib/db/db';
import { versionSelect } from '@/lib/data/version-select';
import type { Prisma } from '@/lib/generated/prisma/client';

/** What a summary needs of the framework version an assessment was made on. */
export const versionContentSelect = versionSelect({
  id: true,
  key: true,
  title: true,
  expectedLevel: true,
  stepUpLevel: true,
  mustHave: true,
  opportunityStretch: true,
  opportunityQuestion: true,
  descriptors: { orderBy: { level: 'asc' }, select: { level: true, text: true } },
  resources: { select: { how: true, level: true, part: true, resource: { select: { key: true, title: true, kind: true, why: true, position: true } } } },
});

export type VersionContent = Prisma.FrameworkVersionGetPayload<{ select: typeof versionContentSelect }>;

// A framework version never changes once loaded (changed content becomes a new
// version), so its content is read once per process: the six statements it
// takes would otherwise run on every gap view, export and comparison. Keyed by
// id, which no other version ever gets; a handful of versions at most.
type Cache = Map<string, Promise<VersionContent | null>>;
const cache: Cache = ((globalThis as { __headwayVersionContent?: Cache }).__headwayVersionContent ??= new Map<string, Promise<VersionContent | null>>());

export function getFrameworkVersionContent(id: string): Promise<VersionContent | null> {
  let pending = cache.get(id);
  if (!pending) {
    pending = db().frameworkVersion.findUnique({ where: { id }, select: versionContentSelect });
    cache.set(id, pending);
    // Only a version that was found stays cached; a failure is retried next time.
    pending.then(
      (content) => (content ? undefined : cache.delete(id)),
      () => cache.delete(id),
    );
  }
  return pending;
}

/** Item id → item key for one version: matches answers across versions. */
export async function getItemKeys(id: string): Promise<Map<string, string>> {
  const content = await getFrameworkVersionContent(id);
  return new Map(content?.sections.flatMap((section) => section.items.map((item) => [item.id, item.key] as const)));
}

/** The newest version's content: what goals are set against. One statement for the id, the content from the cache. */
export async function getCurrentVersionContent(): Promise<VersionContent | null> {
  const current = await db().frameworkVersion.findFirst({ orderBy: { number: 'desc' }, select: { id: true } });
  return current ? getFrameworkVersionContent(current.id) : null;
}
