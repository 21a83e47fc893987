import type { ResourceView } from '@/lib/domain/framework-view';

export function ResourceList({ resources }: { resources: ResourceView[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {resources.map((resource) => {
        const helps = [...resource.items].sort((a, b) => a.item.position - b.item.position);
        return (
          <li key={resource.id} className="rounded-lg border border-border bg-surface p-5">
            <h4 className="font-semibold">{resource.title}</h4>
            <p className="mt-2 text-sm leading-relaxed">{resource.why}</p>
            <h5 className="mt-3 text-xs font-semibold uppercase tracking-wide text-text-muted">Helps with</h5>
            <ul className="mt-1 space-y-1 text-sm text-text-muted">
              {helps.map(({ item, how, level, part }) => (
                <li key={item.key}>
                  <span className="font-medium text-text">{item.title}:</span> {how}
                  {level !== null ? ` Helps reach level ${level}${part ? `; see ${part}` : ''}.` : ''}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
