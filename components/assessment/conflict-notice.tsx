'use client';

import { Button } from '@/components/ui/button';
import type { AnswerDraft, LevelName } from './types';

type Props = { mine: AnswerDraft; theirs: AnswerDraft; levels: LevelName[]; onKeepMine: () => void; onTakeTheirs: () => void };

function describe(answer: AnswerDraft, levels: LevelName[]): string {
  if (answer.noOpportunity) return 'No opportunity yet';
  if (answer.level === null) return 'Not rated';
  return `Level ${answer.level} · ${levels.find((entry) => entry.level === answer.level)?.name ?? ''}`;
}

function Version({ title, answer, levels }: { title: string; answer: AnswerDraft; levels: LevelName[] }) {
  return (
    <div className="min-w-0 flex-1 space-y-1 rounded-md border border-border p-3">
      <h4 className="font-semibold">{title}</h4>
      <p className="text-sm">
        {describe(answer, levels)}; target {answer.targetLevel}; confidence {answer.confidence?.toLowerCase() ?? 'not set'}
      </p>
      <p className="whitespace-pre-wrap break-words text-sm text-text-muted">{answer.evidence || '(no evidence written)'}</p>
    </div>
  );
}

/** The way out of a conflict, the same wherever an autosave meets one. */
export function ConflictChoice({ onKeepMine, onTakeTheirs }: Pick<Props, 'onKeepMine' | 'onTakeTheirs'>) {
  return (
    <div className="flex flex-wrap gap-3">
      <Button onClick={onKeepMine}>Keep mine</Button>
      <Button variant="secondary" onClick={onTakeTheirs}>
        Take the saved version
      </Button>
    </div>
  );
}

/** Both versions side by side, so that choosing one never loses the other's text from view. */
export function ConflictNotice({ mine, theirs, levels, onKeepMine, onTakeTheirs }: Props) {
  return (
    <div role="alert" className="space-y-3 rounded-md border-2 border-danger p-4">
      <p className="font-semibold">This item was changed in another tab or window since you opened it. Nothing of yours has been saved over it yet.</p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Version title="Your version (not saved)" answer={mine} levels={levels} />
        <Version title="The saved version" answer={theirs} levels={levels} />
      </div>
      <ConflictChoice onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} />
    </div>
  );
}
