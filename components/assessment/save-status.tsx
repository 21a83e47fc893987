import type { SaveStatus } from './types';

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
