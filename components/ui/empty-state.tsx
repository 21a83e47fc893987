import type { ReactNode } from 'react';

/** What to do when there is nothing to show yet: a title, a sentence, and the next step. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="space-y-3 rounded-lg border-2 border-dashed border-border bg-surface px-6 py-10 text-center">
      <h2 className="text-xl font-semibold">{title}</h2>
      <div className="mx-auto max-w-prose text-text-muted">{children}</div>
      {action ? <div className="flex flex-wrap justify-center gap-3 pt-2">{action}</div> : null}
    </div>
  );
}
