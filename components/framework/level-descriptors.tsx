import { levelMark } from '@/components/assessment/level-marks';
import type { FrameworkItemView, ScaleLevelView } from '@/lib/domain/framework-view';

type Props = {
  item: Pick<FrameworkItemView, 'descriptors' | 'expectedLevel' | 'stepUpLevel'>;
  levels: Pick<ScaleLevelView, 'level' | 'name'>[];
};

/** An item's levels in order, each with its name, the target it marks, its summary, its description and the signals that show it. */
export function LevelDescriptors({ item, levels }: Props) {
  const names = new Map(levels.map((level) => [level.level, level.name]));
  return (
    <ol className="space-y-4">
      {item.descriptors.map((descriptor) => {
        const mark = levelMark(descriptor.level, item);
        return (
          <li key={descriptor.level} className="rounded-lg border border-border bg-surface p-4 leading-relaxed">
            <span className="block font-semibold">
              Level {descriptor.level} · {names.get(descriptor.level)}
              {mark ? ` (${mark})` : ''}
            </span>
            {descriptor.summary ? <span className="block font-medium">{descriptor.summary}</span> : null}
            <span className="block text-text-muted">{descriptor.text}</span>
            {descriptor.signals.length > 0 ? <span className="mt-1 block text-sm text-text-muted">Signals: {descriptor.signals.join(' ')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
