import Link from 'next/link';
import type { ResourceView } from '@/lib/domain/framework-view';
import { RESOURCE_KIND_NAMES } from '@/lib/domain/vocabulary';
import { frameworkItemHref } from './framework-item';

const byPosition = (resource: ResourceView) => [...resource.items].sort((a, b) => a.item.position - b.item.position);

/** Books or programmes on the overview: why each helps, and the items it helps with, whose pages say how. */
export function ResourceList({ resources }: { resources: ResourceView[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {resources.map((resource) => (
        <li key={resource.id} className="rounded-lg border border-border bg-surface p-5">
          <h4 className="font-semibold">{resource.title}</h4>
          <p className="mt-2 text-sm leading-relaxed">{resource.why}</p>
          <h5 className="mt-3 text-xs font-semibold uppercase tracking-wide text-text-muted">Helps with</h5>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {byPosition(resource).map(({ item }) => (
              <li key={item.key}>
                <Link href={frameworkItemHref(item.key)} className="link">
                  {item.title}
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** On an item's page: the books and programmes that help with it, and how each helps. */
export function ItemResources({ itemKey, resources }: { itemKey: string; resources: ResourceView[] }) {
  const helping = resources.flatMap((resource) => {
    const help = resource.items.find((entry) => entry.item.key === itemKey);
    return help ? [{ resource, help }] : [];
  });
  if (helping.length === 0) return <p className="text-text-muted">No book or programme on the list is tied to this item.</p>;
  return (
    <ul className="space-y-3">
      {helping.map(({ resource, help }) => (
        <li key={resource.id} className="rounded-lg border border-border bg-surface p-4 text-sm leading-relaxed">
          <span className="font-semibold">{resource.title}</span> ({RESOURCE_KIND_NAMES[resource.kind]}): {help.how}
          {help.level !== null ? ` Helps reach level ${help.level}${help.part ? `; see ${help.part}` : ''}.` : ''}
        </li>
      ))}
    </ul>
  );
}
