import Link from 'next/link';
import { PageTitle } from '@/components/layout/page-heading';
import { WhoSeesEvidence } from '@/components/evidence/who-sees-evidence';

type Props = { backHref: string; title: string; intro?: React.ReactNode; children: React.ReactNode };

/** What surrounds the evidence form, for a new entry or an edit: the way back to the log, the title, and who will see the entry. */
export function EvidenceFormPage({ backHref, title, intro, children }: Props) {
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-text-muted">
          <Link href={backHref} className="underline underline-offset-4">
            Back to your evidence log
          </Link>
        </p>
        <PageTitle>{title}</PageTitle>
        {intro}
      </header>
      <WhoSeesEvidence />
      {children}
    </div>
  );
}
