import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ChartFigure } from '@/components/charts/chart-figure';
import { ItemHistoryChart } from '@/components/charts/item-history-chart';
import { Cell, ColumnHeaders, RowHeader, Table } from '@/components/ui/table';
import { requireUser } from '@/lib/auth/session';
import { getItemHistory } from '@/lib/data/item-history';
import { nameAssessments } from '@/lib/domain/assessment-names';
import { levelText } from '@/lib/domain/gap-labels';
import { changeText, itemHistoryRows } from '@/lib/domain/item-history';
import { BackLink, PageTitle } from '@/components/layout/page-heading';
import { parseRouteParam } from '@/lib/http/route-param';

export const metadata: Metadata = { title: 'How an item moved' };

// A framework item's stable key, as the framework writes them.
const keySchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);

type Props = { params: Promise<{ key: string }> };

export default async function ItemHistoryPage({ params }: Props) {
  const user = await requireUser();
  const history = await getItemHistory(user, parseRouteParam(keySchema, (await params).key));
  if (!history) notFound();
  const rows = itemHistoryRows(history.entries);
  const names = nameAssessments(history.entries.map((entry) => ({ id: entry.assessmentId, at: entry.submittedAt })));
  const name = (id: string) => names.get(id) ?? '';
  const latest = history.entries.at(-1)!;
  const count = history.entries.length;

  return (
    <div className="space-y-6">
      <BackLink href="/progress">Back to progress</BackLink>
      <header className="space-y-2">
        <PageTitle>{history.title}</PageTitle>
        <p className="text-text-muted">
          How you rated it in {count === 1 ? 'your one submitted assessment' : `each of your ${count} submitted assessments`}, oldest first.
        </p>
      </header>
      <ChartFigure
        title={`Your level of ${history.title} over time`}
        description="Solid: your level; dashed: your target. An assessment where you gave no level has no point."
        chart={
          <ItemHistoryChart
            points={rows.map((row) => ({ id: row.assessmentId, label: name(row.assessmentId), level: row.level, target: row.targetLevel }))}
            scale={history.scale}
          />
        }
        table={
          <Table
            scrollable={false}
            caption={`Your level and target of ${history.title} in each submitted assessment, oldest first`}
            head={<ColumnHeaders names={['Submitted', 'Level', 'Target', 'Change']} />}
          >
            {rows.map((row) => (
              <tr key={row.assessmentId}>
                <RowHeader className="font-normal">{name(row.assessmentId)}</RowHeader>
                <Cell>{levelText(row.level, row.noOpportunity)}</Cell>
                <Cell>{row.targetLevel}</Cell>
                <Cell>{changeText(row.change)}</Cell>
              </tr>
            ))}
          </Table>
        }
      />
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/assessments/${latest.assessmentId}/gaps`} className="link">
          Gaps and priorities of your latest assessment
        </Link>
        <Link href={`/plan#item-${history.key}-heading`} className="link">
          Your plan
        </Link>
      </p>
    </div>
  );
}
