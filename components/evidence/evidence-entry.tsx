import Link from 'next/link';
import type { FormAction } from '@/components/ui/action-form';
import { ConfirmedActionForm } from '@/components/ui/confirmed-action-form';
import type { EvidenceView } from '@/lib/domain/evidence';
import { formatDate } from '@/lib/format/dates';

type Props = {
  entry: EvidenceView;
  /** Titles of the items by key; a key the framework no longer has shows as itself. */
  itemTitles: ReadonlyMap<string, string>;
  deleteAction: FormAction;
  /** The entry's anchor, for links back to it; only on its first appearance on the page. */
  anchor: boolean;
  /** The grouping the log is shown in, to come back to after a delete. */
  by: 'item' | 'month';
};

function summaryOf(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** One entry of the log, with its edit link and a delete that asks first. */
export function EvidenceEntry({ entry, itemTitles, deleteAction, anchor, by }: Props) {
  const day = formatDate(entry.occurredOn);
  const short = summaryOf(entry.text);
  return (
    <article id={anchor ? `entry-${entry.id}` : undefined} className="scroll-mt-24 space-y-3 rounded-lg border border-border bg-surface p-5">
      <h3 className="font-semibold">
        <time dateTime={entry.occurredOn.toISOString().slice(0, 10)}>{day}</time>
      </h3>
      <p className="whitespace-pre-line">{entry.text}</p>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {entry.url ? (
          <>
            <dt className="font-medium">Link</dt>
            <dd className="break-all">
              <a href={entry.url} rel="noopener noreferrer" className="text-accent underline underline-offset-4">
                {entry.url}
              </a>
            </dd>
          </>
        ) : null}
        <dt className="font-medium">Items</dt>
        <dd>{entry.itemKeys.map((key) => itemTitles.get(key) ?? key).join(', ')}</dd>
        {entry.goal ? (
          <>
            <dt className="font-medium">Goal</dt>
            <dd>
              <Link href={`/plan#goal-${entry.goal.id}`} className="text-accent underline underline-offset-4">
                {entry.goal.action}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      <div className="flex flex-wrap items-center gap-4 border-t border-border pt-3 text-sm">
        <Link href={`/evidence/${entry.id}/edit`} className="min-h-11 content-center text-accent underline underline-offset-4">
          Edit<span className="sr-only"> the entry of {day}: “{short}”</span>
        </Link>
        <ConfirmedActionForm
          action={deleteAction}
          fields={{ entryId: entry.id, by }}
          verb="Delete"
          target={`the entry of ${day}: “${short}”`}
          title="Delete this entry?"
          description={`The entry of ${day} is removed from your log. Anything you already added to an assessment’s evidence stays there.`}
          confirmLabel="Delete entry"
        />
      </div>
    </article>
  );
}
