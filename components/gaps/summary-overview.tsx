import type { DevelopmentSummary } from '@/lib/domain/summary';
import { GapCharts } from './gap-charts';
import { PriorityList } from './priority-list';
import { ReadinessSummary } from './readiness-summary';
import { StrengthsList } from './strengths-list';
import { Section } from '@/components/ui/section';

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
      <Section headingId="charts-heading" title="The whole picture" className="space-y-4">
        <GapCharts summary={summary} />
      </Section>
    </>
  );
}
