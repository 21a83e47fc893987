import { PARTIAL_SIGNALS_RULE } from '@/lib/content/rating-rules';
import { Button } from '@/components/ui/button';
import type { EditorItem, LevelName } from './types';

/** Each level's full description, signals and examples of evidence, on request: the summaries are what a rating starts from. */
export function LevelSignals({ item, levels }: { item: EditorItem; levels: LevelName[] }) {
  if (!item.descriptors.some((descriptor) => descriptor.signals.length > 0)) return null;
  const names = new Map(levels.map((entry) => [entry.level, entry.name]));
  return (
    <details className="rounded-md border border-border p-4">
      <summary className="cursor-pointer font-medium text-accent underline-offset-4 hover:underline">Signals and evidence for each level</summary>
      <p className="mt-3 text-sm">{PARTIAL_SIGNALS_RULE}</p>
      <ol className="mt-3 space-y-4">
        {item.descriptors.map((descriptor) => (
          <li key={descriptor.level} className="space-y-1 text-sm leading-relaxed">
            <p className="font-semibold">
              Level {descriptor.level} · {names.get(descriptor.level)}
            </p>
            <p>{descriptor.text}</p>
            <p className="font-medium">Signals</p>
            <ul className="list-disc pl-5">
              {descriptor.signals.map((signal) => (
                <li key={signal}>{signal}</li>
              ))}
            </ul>
            <p className="font-medium">Evidence might be</p>
            <ul className="list-disc pl-5">
              {descriptor.examples.map((example) => (
                <li key={example}>{example}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** What follows a level choice: the signals for each level and, once something is chosen, a way to clear it. */
export function LevelHelp({ item, levels, onClear }: { item: EditorItem; levels: LevelName[]; onClear: (() => void) | undefined }) {
  return (
    <>
      <LevelSignals item={item} levels={levels} />
      {onClear ? (
        <Button variant="quiet" className="text-sm" onClick={onClear}>
          Clear this rating
        </Button>
      ) : null}
    </>
  );
}
