import type { Metadata } from 'next';
import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { cardClasses } from '@/components/ui/card';
import { CompareItem } from '@/components/progress/compare-item';
import { PageSkeleton } from '@/components/layout/page-skeleton';
import { requireUser } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/session-user';
import { ownsAssessments } from '@/lib/data/assessments';
import { listSubmissionTimesNear } from '@/lib/data/progress';
import { getAssessedItems } from '@/lib/data/summaries';
import { nameAssessments } from '@/lib/domain/assessment-names';
import { compareAssessments, describeCommonCoverage, readinessOfItems, readinessOverCommonItems, type CompareItem as CompareItemInput } from '@/lib/domain/compare';
import { describeComparison, summariseComparison } from '@/lib/domain/compare-summary';
import { describeReadiness, READINESS_MEASURE } from '@/lib/domain/readiness';
import { describeMeasureDifference, measureLabel } from '@/lib/domain/targets';
import type { AssessedItems } from '@/lib/domain/summary';
import { idSchema } from '@/lib/validation/assessment';
import { BackLink, PageTitle } from '@/components/layout/page-heading';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { title: 'Compare assessments' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const querySchema = z.object({ from: idSchema, to: idSchema });

function items(source: AssessedItems): CompareItemInput[] {
  return source.items.map((item) => ({
    key: item.key,
    title: item.title,
    sectionTitle: item.sectionTitle,
    level: item.answer?.level ?? null,
    noOpportunity: item.answer?.noOpportunity ?? false,
    evidence: item.answer?.evidence ?? '',
  }));
}

export default async function ComparePage({ searchParams }: Props) {
  const user = await requireUser();
  const query = querySchema.safeParse(await searchParams);
  // Settled before anything streams, so someone else's assessment answers 404.
  if (!query.success || !(await ownsAssessments(user, [query.data.from, query.data.to]))) notFound();
  return (
    <Suspense fallback={<PageSkeleton label="Loading the comparison…" cards={1} />}>
      <Comparison user={user} from={query.data.from} to={query.data.to} />
    </Suspense>
  );
}

async function Comparison({ user, from, to }: { user: SessionUser; from: string; to: string }) {
  const [then, now] = await Promise.all([getAssessedItems(user, from), getAssessedItems(user, to)]);
  if (!then || !now) notFound();
  const rows = compareAssessments(items(then), items(now));
  // Named apart from every submitted assessment, as the progress page names them, so two of one day read by their times.
  const at = (source: AssessedItems) => source.assessment.submittedAt ?? source.assessment.createdAt;
  const submitted = await listSubmissionTimesNear(user, [at(then), at(now)]);
  const sidesNamed = [then, now].filter((source) => !submitted.some((entry) => entry.id === source.assessment.id));
  const names = nameAssessments([...submitted, ...sidesNamed.map((source) => ({ id: source.assessment.id, at: at(source) }))]);
  const when = (source: AssessedItems) => names.get(source.assessment.id) ?? '';
  const common = readinessOverCommonItems(then.items, now.items);
  const summary = summariseComparison(rows, common);
  const measures = describeMeasureDifference(then.assessment.measure, now.assessment.measure);
  const sides = [
    { source: then, over: common.then },
    { source: now, over: common.now },
  ];
  const moved = rows.filter((row) => row.change !== null && row.change !== 0).length;

  return (
    <div className="space-y-6">
      <BackLink href="/progress">Back to progress</BackLink>
      <header className="space-y-2">
        <PageTitle>
          {when(then)} compared with {when(now)}
        </PageTitle>
        <p className="text-xl font-semibold" data-comparison-summary="">
          {describeComparison(summary)}
        </p>
      </header>
      {then.assessment.frameworkVersion !== now.assessment.frameworkVersion ? (
        <p className="text-text-muted">
          These were made on framework versions {then.assessment.frameworkVersion} and {now.assessment.frameworkVersion}; items are matched by their
          name in the framework.
        </p>
      ) : null}
      <Section headingId="compare-readiness-heading" title="Readiness" className="space-y-3">
        <p>{describeCommonCoverage(common)}</p>
        {measures ? <p>{measures}</p> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {sides.map(({ source, over }) => (
            <section key={source.assessment.id} aria-labelledby={`readiness-${source.assessment.id}`} className={cardClasses}>
              <h3 id={`readiness-${source.assessment.id}`} className="text-lg font-semibold">
                {when(source)}
              </h3>
              <dl className="mt-2 space-y-2">
                <div>
                  <dt className="text-sm text-text-muted">Measured against</dt>
                  <dd>{measureLabel(source.assessment.measure)}</dd>
                </div>
                <div>
                  <dt className="text-sm text-text-muted">Over the items rated in both</dt>
                  <dd>{describeReadiness(over)}</dd>
                </div>
                <div>
                  <dt className="text-sm text-text-muted">Over all it rated</dt>
                  <dd>{describeReadiness(readinessOfItems(source.items))}</dd>
                </div>
              </dl>
            </section>
          ))}
        </div>
        <p className="text-sm text-text-muted">
          {READINESS_MEASURE} Each assessment is read against its own targets; a target set below the framework’s “ready to step up” level is
          noted beside its figures.
        </p>
      </Section>
      <Section headingId="compare-items-heading" title="Item by item" className="space-y-3">
        <p className="text-text-muted">
          {moved === 0 ? 'No item changed level.' : 'Items that changed level are marked “Up” or “Down”, with a heavier border.'}{' '}
          Evidence written the same in both is folded away.
        </p>
        <ul className="space-y-3">
          {rows.map((row) => (
            <CompareItem key={row.key} row={row} thenName={when(then)} nowName={when(now)} />
          ))}
        </ul>
      </Section>
    </div>
  );
}
