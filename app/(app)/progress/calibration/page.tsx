import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/layout/page-heading';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Cell, ColumnHeaders, RowHeader, Table } from '@/components/ui/table';
import { requireUser } from '@/lib/auth/session';
import { getCalibration } from '@/lib/data/calibration';
import { listSubmissionTimes } from '@/lib/data/progress';
import { nameAssessments } from '@/lib/domain/assessment-names';
import { describeConfidence, describeDistance, describeLean, describeMovement, describeOverall, levelsText } from '@/lib/domain/calibration-text';
import { PEER_THRESHOLD } from '@/lib/domain/others-view';
import { CONFIDENCE_LABELS } from '@/lib/domain/vocabulary';

export const metadata: Metadata = { title: 'How your view compares with others’ over time' };

const TITLE = 'How your view compares with others’ over time';

export default async function CalibrationPage() {
  const user = await requireUser();
  const { calibration, titles } = await getCalibration(user);
  const names = nameAssessments(calibration.assessments.map((assessment) => ({ id: assessment.assessmentId, at: assessment.submittedAt })));
  const name = (id: string) => names.get(id) ?? '';

  return (
    <div className="space-y-8">
      <BackLink href="/progress">Back to progress</BackLink>
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">{TITLE}</h1>
        {calibration.assessments.length > 0
          ? describeOverall(calibration).map((sentence) => (
              <p key={sentence} className="text-lg">
                {sentence}
              </p>
            ))
          : null}
        <p className="text-sm text-text-muted">
          Others’ level for an item is the middle of your manager’s and mentor’s ratings and, once at least {PEER_THRESHOLD} peers or reports
          have rated it, theirs. Only ratings already shown to you count: from people who have submitted, on assessments you have submitted. Above
          means you rated yourself higher than others did; below, lower.
        </p>
      </header>
      {calibration.assessments.length === 0 ? <NothingToCompare user={user} withRatings={calibration.withRatings} /> : <Details />}
    </div>
  );

  function Details() {
    return (
      <>
        <Section id="confidence" title="Your confidence and how close you were">
          <p>{describeConfidence(calibration.byConfidence)}</p>
          {calibration.byConfidence.length > 0 ? (
            <Table
              caption="How far you were from others, by the confidence you gave"
              head={<ColumnHeaders names={['Your confidence', 'Items compared', 'Apart on average', 'On balance']} />}
            >
              {calibration.byConfidence.map((group) => (
                <tr key={group.confidence}>
                  <RowHeader>{CONFIDENCE_LABELS[group.confidence]}</RowHeader>
                  <Cell>{group.compared}</Cell>
                  <Cell>{levelsText(group.meanAbsolute)}</Cell>
                  <Cell>{describeDistance(group.meanSigned)}</Cell>
                </tr>
              ))}
            </Table>
          ) : null}
        </Section>
        <Section id="assessments" title="Assessment by assessment">
          <Table
            caption="How far your self-ratings were from others’, per assessment, oldest first"
            head={<ColumnHeaders names={['Submitted', 'Items compared', 'Apart on average', 'You rated yourself']} />}
          >
            {calibration.assessments.map((assessment) => (
              <tr key={assessment.assessmentId}>
                <RowHeader className="font-normal">
                  <Link href={`/assessments/${assessment.assessmentId}/gaps`} className="link">
                    {name(assessment.assessmentId)}
                  </Link>
                </RowHeader>
                <Cell>{assessment.compared}</Cell>
                <Cell>{levelsText(assessment.meanAbsolute)}</Cell>
                <Cell>{describeLean(assessment.meanSigned)}</Cell>
              </tr>
            ))}
          </Table>
        </Section>
        <Section id="items" title="Item by item">
          <Table
            caption="Your self-rating against others’, per item and assessment, with the latest change"
            head={<ColumnHeaders names={['Item', ...calibration.assessments.map((assessment) => name(assessment.assessmentId)), 'Since the time before']} />}
          >
            {calibration.items.map((item) => (
              <tr key={item.key}>
                <RowHeader>{titles.get(item.key) ?? item.key}</RowHeader>
                {item.points.map((point) => (
                  <Cell key={point.assessmentId}>{describeDistance(point.distance)}</Cell>
                ))}
                <Cell>{describeMovement(item.movement)}</Cell>
              </tr>
            ))}
          </Table>
        </Section>
      </>
    );
  }
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** No assessment to compare yet: say why, and where to ask for others' view. */
async function NothingToCompare({ user, withRatings }: { user: Awaited<ReturnType<typeof requireUser>>; withRatings: number }) {
  const latest = (await listSubmissionTimes(user)).at(-1);
  return (
    <EmptyState
      title="Nothing to compare yet"
      action={
        <Link href={latest ? `/assessments/${latest.id}/others` : '/assess'} className={buttonClasses()}>
          {latest ? 'Ask for others’ view' : 'Assess yourself'}
        </Link>
      }
    >
      <p>
        {withRatings > 0
          ? `Others have rated you, but no item can be compared yet: an item needs your own level and a level from your manager or mentor, or from at least ${PEER_THRESHOLD} peers.`
          : 'None of your submitted assessments has ratings from others yet. Ask your manager, a mentor or coach, or peers to rate you on an assessment; once you have both submitted, this page shows how far apart your views are, and whether they move closer over time.'}
      </p>
    </EmptyState>
  );
}
