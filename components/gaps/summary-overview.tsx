import type { DevelopmentSummary } from '@/lib/domain/summary';
import { GapCharts } from './gap-charts';
import { PriorityList } from './priority-list';
import { ReadinessSummary } from './readiness-summary';
import { StrengthsList } from './strengths-list';

/** Readiness, priorities and the charts: what the owner's gap view and a shared summary both lead with. */
/**
 * `addGoalFrom` is set on the owner's own gap view: it brings the links to the
 * plan and the controls only the owner may use. `historyLinks` links each
 * item to how it moved across the owner's submitted assessments.
 */
export function SummaryOverview({ summary, addGoalFrom, historyLinks = false }: { summary: DevelopmentSummary; addGoalFrom?: string; historyLinks?: boolean }) {
  const owned = addGoalFrom !== undefined;
  return (
    <>
      <ReadinessSummary summary={summary} owned={owned} />
      <PriorityList summary={summary} addGoalFrom={addGoalFrom} historyLinks={owned && historyLinks} />
      <StrengthsList summary={summary} historyLinks={owned && historyLinks} />
      <section aria-labelledby="charts-heading" className="space-y-4">
        <h2 id="charts-heading" className="text-2xl font-semibold">
          The whole picture
        </h2>
        <GapCharts summary={summary} />
      </section>
    </>
  );
}
