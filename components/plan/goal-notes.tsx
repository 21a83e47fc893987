import type { GoalNoteView } from '@/lib/domain/goals';
import { formatDate } from '@/lib/format/dates';

function Note({ note }: { note: GoalNoteView }) {
  return (
    <>
      <time dateTime={note.createdAt.toISOString()} className="font-medium">
        {formatDate(note.createdAt)}
      </time>
      : <span className="whitespace-pre-line">{note.text}</span>
    </>
  );
}

/** The latest progress note in view; the earlier ones, newest first, a click away. */
export function GoalNotes({ notes, goalAction }: { notes: GoalNoteView[]; goalAction: string }) {
  const [latest, ...earlier] = notes;
  if (!latest) return <p className="text-sm text-text-muted">No progress notes yet.</p>;
  return (
    <section aria-label={`Progress notes on “${goalAction}”`} className="space-y-1 text-sm">
      <p>
        <span className="font-medium">Latest note</span>{' · '}
        <Note note={latest} />
      </p>
      {earlier.length > 0 ? (
        <details>
          <summary className="min-h-11 cursor-pointer content-center text-accent">
            {earlier.length} earlier {earlier.length === 1 ? 'note' : 'notes'}
          </summary>
          <ol className="space-y-1">
            {earlier.map((note) => (
              <li key={note.id}>
                <Note note={note} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
