'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { appendEvidence, evidenceParagraph, holdsParagraph } from '@/lib/domain/evidence';
import { formatDate } from '@/lib/format/dates';
import { EVIDENCE_MAX } from '@/lib/validation/limits';
import type { LoggedEntry } from './types';

type Props = {
  entries: LoggedEntry[];
  /** The evidence box as it stands. */
  evidence: string;
  /** Takes the box's new text; the editor's autosave keeps it. */
  onChange: (evidence: string) => void;
};

/** The log's entries for an item since the last assessment, each ready to go into the item's evidence box. */
export function LoggedEvidence({ entries, evidence, onChange }: Props) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-md border border-border bg-surface p-4 text-sm">
      <h4 id={`${id}-heading`} className="font-semibold">
        From your evidence log since your last assessment
      </h4>
      <ul className="space-y-3">
        {entries.map((entry) => {
          const paragraph = evidenceParagraph(entry);
          const added = holdsParagraph(evidence, paragraph);
          const next = added ? null : appendEvidence(evidence, paragraph, EVIDENCE_MAX);
          const day = formatDate(new Date(`${entry.occurredOn}T00:00:00.000Z`));
          return (
            <li key={entry.id} className="space-y-1">
              <p>
                <time dateTime={entry.occurredOn} className="font-medium">
                  {day}
                </time>
                : <span className="whitespace-pre-line">{entry.text}</span>
                {entry.url ? (
                  <>
                    {' '}
                    <a href={entry.url} rel="noopener noreferrer" className="break-all text-accent underline underline-offset-4">
                      {entry.url}
                    </a>
                  </>
                ) : null}
              </p>
              {added ? (
                <p className="text-text-muted">In your evidence.</p>
              ) : next === null ? (
                <p className="text-text-muted">Too long to add: the evidence box holds {EVIDENCE_MAX.toLocaleString('en-GB')} characters.</p>
              ) : (
                <Button variant="quiet" className="text-sm" onClick={() => onChange(next)}>
                  Add to evidence<span className="sr-only">: the entry of {day}</span>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
