import type { Metadata } from 'next';
import Link from 'next/link';
import { AssessmentAnswers } from '@/components/assessment/assessment-answers';
import { AssessmentEditor } from '@/components/assessment/assessment-editor';
import { DeleteAssessmentForm } from '@/components/assessment/delete-assessment-form';
import { AssessmentStatusBadge } from '@/components/assessment/status-badge';
import { buttonClasses } from '@/components/ui/button';
import { cardClasses } from '@/components/ui/card';
import { RedirectNotice, type RedirectNotices } from '@/components/ui/form-message';
import { requireUser } from '@/lib/auth/session';
import { getAssessment } from '@/lib/data/assessments';
import { listEvidenceSinceLastAssessment } from '@/lib/data/evidence';
import { listCurrentGoals } from '@/lib/data/goals';
import { getLastRatings } from '@/lib/data/last-ratings';
import { describeLastRating } from '@/lib/domain/last-ratings';
import { isOpen } from '@/lib/domain/goals';
import { readinessOfAnswers } from '@/lib/domain/assessment-readiness';
import { describeReadiness, READINESS_MEASURE } from '@/lib/domain/readiness';
import { describeMeasure } from '@/lib/domain/targets';
import { formatDate } from '@/lib/format/dates';
import { FROZEN_MESSAGE } from '@/lib/validation/assessment';
import { deleteAssessmentAction } from '@/app/(app)/assessments/actions';
import { BackLink, PageTitle } from '@/components/layout/page-heading';
import { findByRouteId } from '@/lib/http/route-param';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { title: 'Assessment' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: RedirectNotices = {
  saved: { tone: 'success', text: 'Your answers are saved.' },
  frozen: { tone: 'error', text: FROZEN_MESSAGE },
  'not-saved': { tone: 'error', text: 'Some items were not saved because they changed in another window. Check them and save again.' },
};

export default async function AssessmentPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const assessment = await findByRouteId((await params).id, (id) => getAssessment(user, id));
  const { notice } = await searchParams;
  const readiness = readinessOfAnswers(assessment.frameworkVersion.sections, assessment.answers);
  const draft = assessment.status === 'DRAFT';
  const itemKeys = assessment.frameworkVersion.sections.flatMap((section) => section.items.map((item) => item.key));
  const [goals, last, logged] = draft
    ? await Promise.all([listCurrentGoals(user, itemKeys), getLastRatings(user, assessment.id), listEvidenceSinceLastAssessment(user, itemKeys)])
    : [[], null, []];
  const openGoals = goals.filter(isOpen);
  const sections = assessment.frameworkVersion.sections.map((section) => ({
    ...section,
    items: section.items.map((item) => {
      const lastRating = last?.byItemKey[item.key];
      return {
        ...item,
        openGoals: openGoals.filter((goal) => goal.itemKey === item.key),
        lastTime: lastRating && describeLastRating(lastRating),
        loggedEvidence: logged
          .filter((entry) => entry.itemKeys.includes(item.key))
          .map((entry) => ({ id: entry.id, occurredOn: entry.occurredOn.toISOString().slice(0, 10), text: entry.text, url: entry.url })),
      };
    }),
  }));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <BackLink href="/assessments">All your assessments</BackLink>
        <PageTitle>
          {draft ? 'Your assessment (draft)' : `Assessment submitted ${formatDate(assessment.submittedAt ?? assessment.createdAt)}`}
        </PageTitle>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-text-muted">
          <AssessmentStatusBadge status={assessment.status} />
          Framework version {assessment.frameworkVersion.number} · started {formatDate(assessment.createdAt)}
          {draft ? '' : ` · readiness ${describeReadiness(readiness)}`}
        </p>
        <p className="text-sm text-text-muted">
          {READINESS_MEASURE} {describeMeasure(assessment.measure, assessment.frameworkVersion.number)} You can change the measure on the gap view.
        </p>
      </header>
      <RedirectNotice notices={NOTICES} name={notice} />
      <p className="flex flex-wrap gap-3">
        <Link href={`/assessments/${assessment.id}/gaps`} className={buttonClasses(draft ? 'secondary' : 'primary')}>
          See gaps and priorities
        </Link>{' '}
        <Link href={`/assessments/${assessment.id}/others`} className={buttonClasses('secondary')}>
          Ask for others’ view
        </Link>{' '}
        <Link href={`/assessments/${assessment.id}/others/view`} className={buttonClasses('secondary')}>
          See others’ view
        </Link>
      </p>
      {draft ? (
        <AssessmentEditor
          assessmentId={assessment.id}
          sections={sections}
          levels={assessment.frameworkVersion.levels}
          answers={assessment.answers}
          lastSubmitted={last ? formatDate(last.submittedAt) : undefined}
        />
      ) : (
        <AssessmentAnswers assessment={assessment} />
      )}
      <Section headingId="delete-heading" title="Delete this assessment" size="medium" className={`space-y-3 ${cardClasses}`}>
        <DeleteAssessmentForm action={deleteAssessmentAction} assessmentId={assessment.id} needsConfirmation={!draft} />
      </Section>
    </div>
  );
}
