import { levelMark } from '@/components/assessment/level-marks';
import type { FrameworkItemView, ScaleLevelView } from '@/lib/domain/framework-view';

export function FrameworkItem({ item, levels }: { item: FrameworkItemView; levels: Pick<ScaleLevelView, 'level' | 'name'>[] }) {
  const names = new Map(levels.map((level) => [level.level, level.name]));
  const headingId = `item-${item.key}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-border bg-surface p-5">
      <h3 id={headingId} className="text-lg font-semibold">
        {item.title}
        {item.mustHave ? <span className="font-normal text-text-muted"> (must-have)</span> : null}
      </h3>
      <p className="mt-2 leading-relaxed">{item.description}</p>
      {item.stepUpLevel !== null ? (
        <p className="mt-2 text-sm text-text-muted">
          Ready to step up: level {item.stepUpLevel}. Effective in the role: level {item.expectedLevel}. {item.targetsWhy}
        </p>
      ) : null}
      {item.resourceNote ? <p className="mt-2 text-sm text-text-muted">{item.resourceNote}</p> : null}
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium text-accent underline-offset-4 hover:underline">
          What each level looks like
        </summary>
        <ol className="mt-3 space-y-3">
          {item.descriptors.map((descriptor) => {
            const mark = levelMark(descriptor.level, item);
            return (
              <li key={descriptor.level} className="text-sm leading-relaxed">
                <span className="font-semibold">
                  Level {descriptor.level} · {names.get(descriptor.level)}
                  {mark ? ` (${mark})` : ''}
                </span>
                {descriptor.summary ? <span className="block font-medium">{descriptor.summary}</span> : null}
                <span className="block text-text-muted">{descriptor.text}</span>
                {descriptor.signals.length > 0 ? (
                  <span className="block text-text-muted">Signals: {descriptor.signals.join(' ')}</span>
                ) : null}
              </li>
            );
          })}
        </ol>
      </details>
    </article>
  );
}
