import type { Framework } from '@/lib/data/framework';

type Item = Framework['sections'][number]['items'][number];
type Level = Framework['levels'][number];

export function FrameworkItem({ item, levels }: { item: Item; levels: Level[] }) {
  const names = new Map(levels.map((level) => [level.level, level.name]));
  const headingId = `item-${item.key}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-border bg-surface p-5">
      <h3 id={headingId} className="text-lg font-semibold">
        {item.title}
      </h3>
      <p className="mt-2 leading-relaxed">{item.description}</p>
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium text-accent underline-offset-4 hover:underline">
          What each level looks like
        </summary>
        <ol className="mt-3 space-y-3">
          {item.descriptors.map((descriptor) => (
            <li key={descriptor.level} className="text-sm leading-relaxed">
              <span className="font-semibold">
                Level {descriptor.level} · {names.get(descriptor.level)}
                {descriptor.level === item.expectedLevel ? ' (expected of a Head of Engineering)' : ''}
              </span>
              <span className="block text-text-muted">{descriptor.text}</span>
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
