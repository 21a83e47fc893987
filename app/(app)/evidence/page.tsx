import type { Metadata } from 'next';
import Link from 'next/link';
import { deleteEvidenceAction } from '@/app/(app)/evidence/actions';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { WhoSeesEvidence } from '@/components/evidence/who-sees-evidence';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormMessage } from '@/components/ui/form-message';
import { requireUser } from '@/lib/auth/session';
import { listEvidence, listEvidenceItems } from '@/lib/data/evidence';
import { evidenceListQuerySchema } from '@/lib/validation/evidence';
import { PageHeader } from '@/components/layout/page-heading';

export const metadata: Metadata = { title: 'Evidence log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = { added: 'Evidence logged.', updated: 'Entry updated.', deleted: 'Entry deleted.' } as const;
const VIEWS = [
  { by: 'item', label: 'By item' },
  { by: 'month', label: 'By month' },
] as const;

export default async function EvidencePage({ searchParams }: Props) {
  const user = await requireUser();
  const [entries, items, query] = await Promise.all([listEvidence(user), listEvidenceItems(), searchParams.then((params) => evidenceListQuerySchema.parse(params))]);
  return (
    <div className="space-y-8">
      <PageHeader
        title="Evidence log"
        intro={
          <p className="max-w-prose text-text-muted">
            What you did between assessments, tagged to the framework items it shows. When you next rate an item, what you logged
            for it since your last assessment is there to add to your evidence.
          </p>
        }
        actions={
          <Link href="/evidence/new" className={buttonClasses()}>
            Log evidence
          </Link>
        }
      />
      {query.notice ? <FormMessage tone="success">{NOTICES[query.notice]}</FormMessage> : null}
      <WhoSeesEvidence />
      {entries.length === 0 ? (
        <EmptyState
          title="Nothing logged yet"
          action={
            <Link href="/evidence/new" className={buttonClasses('secondary')}>
              Log your first piece of evidence
            </Link>
          }
        >
          A line a week is enough: what you did, when, and which part of the framework it shows.
        </EmptyState>
      ) : (
        <>
          <nav aria-label="Group the log" className="flex flex-wrap gap-2">
            {VIEWS.map((view) => (
              <Link
                key={view.by}
                href={`/evidence?by=${view.by}`}
                aria-current={query.by === view.by ? 'page' : undefined}
                className={buttonClasses(query.by === view.by ? 'primary' : 'secondary')}
              >
                {view.label}
              </Link>
            ))}
          </nav>
          <p className="font-medium">
            {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
          </p>
          <EvidenceList entries={entries} items={items} by={query.by} deleteAction={deleteEvidenceAction} />
        </>
      )}
    </div>
  );
}
