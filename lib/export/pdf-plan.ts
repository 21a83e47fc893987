import type { DevelopmentSummary, SummaryGoal } from '@/lib/domain/summary';
import { formatDate } from '@/lib/format/dates';
import { goalState, PLAN_INTRO } from '@/lib/export/goal-text';
import { COLOURS, contentWidth, ensureSpace, heading, left, paragraph, SIZES, setFont, type Doc } from '@/lib/export/pdf-layout';

/** The development plan on its own page, between the overview and the items; nothing when there are no goals. */
export function drawPlan(doc: Doc, summary: DevelopmentSummary, now: Date): void {
  if (summary.goals.length === 0) return;
  doc.addPage();
  heading(doc, 'Development plan', SIZES.h1, 0);
  paragraph(doc, PLAN_INTRO, { size: SIZES.small, colour: COLOURS.muted });
  let item: string | null = null;
  for (const goal of summary.goals) {
    if (goal.itemKey !== item) {
      item = goal.itemKey;
      heading(doc, goal.itemTitle, SIZES.h2, 12);
    }
    drawGoal(doc, goal, now);
  }
}

function drawGoal(doc: Doc, goal: SummaryGoal, now: Date): void {
  doc.y += 6;
  ensureSpace(doc, 70);
  setFont(doc, 'strong', SIZES.body).text(goal.action, left(doc), doc.y, { width: contentWidth(doc), lineGap: 2 });
  doc.y += 2;
  paragraph(doc, goalState(goal, now), { size: SIZES.small, colour: COLOURS.muted, gapAfter: 3 });
  paragraph(doc, `Success measure: ${goal.successMeasure}`, { size: SIZES.small, gapAfter: 3 });
  if (goal.resources.length > 0) {
    const resources = goal.resources.map((resource) => (resource.url ? `${resource.title} (${resource.url})` : resource.title)).join('; ');
    paragraph(doc, `Resources: ${resources}`, { size: SIZES.small, gapAfter: 3 });
  }
  const latest = goal.notes[0];
  if (latest) paragraph(doc, `Latest note, ${formatDate(latest.createdAt)}: ${latest.text}`, { size: SIZES.small, gapAfter: 3 });
}
