import type { Metadata } from 'next';
import Link from 'next/link';
import { BriefForm } from '@/components/brief/brief-form';
import { BriefView } from '@/components/brief/brief-view';
import { buttonClasses } from '@/components/ui/button';
import { cardClasses } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/session';
import { getBriefSource } from '@/lib/data/brief-source';
import { buildBrief } from '@/lib/domain/brief';
import { buildSummary } from '@/lib/domain/summary';
import { saveBriefAction } from './actions';
import { findByRouteId } from '@/lib/http/route-param';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { title: 'Brief for your reader' };

type Props = { params: Promise<{ id: string }> };

export default async function BriefPage({ params }: Props) {
  const user = await requireUser();
  // Each read is scoped by owner: someone else's assessment is not found.
  const { source, choices, others, log } = await findByRouteId((await params).id, (id) => getBriefSource(user, id, { othersEvenIfLeftOut: true }));
  const now = new Date();
  const brief = buildBrief(buildSummary(source), choices, others, now, log);
  const assessmentId = source.assessment.id;
  const submitted = source.assessment.status === 'SUBMITTED';
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/assessments/${assessmentId}/gaps`} className="link">
            Back to gaps and priorities
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">Brief for your reader</h1>
        <p className="text-text-muted">
          One page about you, written for your manager, Head of Engineering or coach: where you stand, your strengths, the gaps that matter, what you are
          asking for and your next steps.
        </p>
      </header>

      <Section headingId="brief-choices-heading" title="Your ask, and what the brief includes" className={`space-y-4 ${cardClasses}`}>
        <p>
          <strong className="font-semibold">Who will see it:</strong> whoever you give it to. The brief is the first page of the PDF and the top of the
          Markdown download, and anyone holding a share link to this assessment sees it at the top of the page. Headway shows it to no one else.
        </p>
        {source.owner.name?.trim() ? null : (
          <p className="text-text-muted">You gave no name when you signed up, so the brief names you by your email address.</p>
        )}
        <BriefForm action={saveBriefAction} assessmentId={assessmentId} choices={choices} othersAvailable={others !== null} />
      </Section>

      <Section headingId="brief-preview-heading" title="Preview: exactly what your reader gets" className="space-y-4">
        <BriefView brief={brief} level={2} />
      </Section>

      <Section headingId="brief-send-heading" title="Send it" className="space-y-3">
        <ul className="flex flex-wrap gap-3">
          <li>
            <a href={`/assessments/${assessmentId}/export/pdf`} download className={buttonClasses('secondary')}>
              Download PDF
            </a>
          </li>
          <li>
            <a href={`/assessments/${assessmentId}/export/md`} download className={buttonClasses('secondary')}>
              Download Markdown
            </a>
          </li>
          {submitted ? (
            <li>
              <Link href={`/assessments/${assessmentId}/gaps#share-heading`} className={buttonClasses('secondary')}>
                Share a read-only link
              </Link>
            </li>
          ) : null}
        </ul>
        {submitted ? null : <p className="text-text-muted">A draft cannot be shared by link: submit the assessment first.</p>}
      </Section>
    </div>
  );
}
