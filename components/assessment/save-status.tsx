import type { EditorItem, SaveStatus } from './types';

const LABELS: Record<SaveStatus, string> = {
  saved: 'Saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  retrying: 'Not saved, retrying',
  conflict: 'Not saved: changed elsewhere',
  refused: 'Not saved',
};

export function SaveStatusText({ status, message }: { status: SaveStatus; message: string | null }) {
  const problem = status === 'retrying' || status === 'conflict' || status === 'refused';
  return (
    <p className={`text-sm ${problem ? 'font-medium text-danger' : 'text-text-muted'}`}>
      {message && problem && status !== 'conflict' ? message : LABELS[status]}
    </p>
  );
}

/** An item's title with how its save stands, and what the item asks. */
export function ItemHeader({ titleId, item, status, message }: { titleId: string; item: EditorItem; status: SaveStatus; message: string | null }) {
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={titleId} className="text-lg font-semibold">
          {item.title}
        </h3>
        <SaveStatusText status={status} message={message} />
      </div>
      <p className="leading-relaxed">{item.description}</p>
    </>
  );
}
