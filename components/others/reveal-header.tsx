import Link from 'next/link';
import { formatDate } from '@/lib/format/dates';

type Props = { assessment: { id: string; status: 'DRAFT' | 'SUBMITTED'; submittedAt: Date; frameworkVersion: number }; countText: string };

/** The page's title, the way back, and which assessment and how many raters it is about. */
export function RevealHeader({ assessment, countText }: Props) {
  const { id, status, submittedAt, frameworkVersion } = assessment;
  return (
    <header className="space-y-2">
      <nav aria-label="Around this assessment" className="flex flex-wrap gap-x-4 text-sm">
        <Link href={`/assessments/${id}`} className="link">
          Back to the assessment
        </Link>
        <Link href={`/assessments/${id}/others`} className="link">
          Ask for others’ view
        </Link>
      </nav>
      <h1 className="text-3xl font-semibold tracking-tight">Others’ view</h1>
      <p className="text-text-muted">
        {status === 'DRAFT' ? 'Draft' : `Submitted ${formatDate(submittedAt)}`} · framework version {frameworkVersion} · {countText}
      </p>
    </header>
  );
}
