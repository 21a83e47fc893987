import { priorityActionLabel, priorityRule } from '@/lib/domain/priorities';
import { describeReadiness, joinTitles, READINESS_MEASURE, type Readiness } from '@/lib/domain/readiness';
import { subjectName, type DevelopmentSummary } from '@/lib/domain/summary';
import { gapLabel } from '@/lib/domain/gap-labels';
import { formatDate } from '@/lib/format/dates';
import { drawGapChart } from '@/lib/export/pdf-gap-chart';
import { COLOURS, contentWidth, ensureSpace, heading, left, paragraph, SIZES, setFont, type Doc } from '@/lib/export/pdf-layout';
import { RESOURCE_KIND_NAMES } from '@/lib/domain/vocabulary';

const READINESS_NOTE = `${READINESS_MEASURE} Below 60% of items rated there is no figure. Unrated items and “no opportunity yet” are left out, never counted as 0.`;

export function ownerLabel(summary: DevelopmentSummary): string {
  return subjectName(summary.owner);
}

export function statusLabel(summary: DevelopmentSummary): string {
  const { assessment } = summary;
  return assessment.status === 'DRAFT'
    ? `Draft, not submitted (started ${formatDate(assessment.createdAt)})`
    : `Submitted ${formatDate(assessment.submittedAt ?? assessment.createdAt)}`;
}

/** The summary at a glance: who and when, readiness, the reading, the gap chart and the priorities. */
export function drawOverview(doc: Doc, summary: DevelopmentSummary, codes: ReadonlyMap<string, string>): void {
  drawTitle(doc, summary);
  drawReadiness(doc, summary);
  heading(doc, 'Gaps, largest first', SIZES.h2, 18);
  paragraph(doc, `How many levels each item is below ${summary.voice.whose} target. Items without a gap are labelled, not drawn as a bar.`, {
    size: SIZES.small,
    colour: COLOURS.muted,
  });
  drawGapChart(doc, summary.gaps, summary.scale);
  drawPriorities(doc, summary, codes);
}

function drawTitle(doc: Doc, summary: DevelopmentSummary): void {
  const x = left(doc);
  const width = contentWidth(doc);
  setFont(doc, 'strong', SIZES.title).text('Development summary', x, doc.y, { width });
  doc.y += 2;
  setFont(doc, 'body', SIZES.h3).text(ownerLabel(summary), x, doc.y, { width });
  doc.y += 2;
  const meta = [statusLabel(summary), `Framework version ${summary.assessment.frameworkVersion}`];
  if (summary.previousSubmittedAt) meta.push(`Compared with ${summary.voice.whose} assessment of ${formatDate(summary.previousSubmittedAt)}`);
  setFont(doc, 'body', SIZES.small, COLOURS.muted).text(meta.join('  ·  '), x, doc.y, { width });
  doc.y += 12;
}

function drawReadiness(doc: Doc, summary: DevelopmentSummary): void {
  heading(doc, 'Readiness', SIZES.h2, 0);
  const cells: { label: string; readiness: Readiness }[] = [
    { label: 'Overall', readiness: summary.readiness },
    ...summary.sections.map((section) => ({ label: section.title, readiness: section.readiness })),
  ];
  const perRow = Math.min(cells.length, 3);
  const gutter = 12;
  const padding = 10;
  const cellWidth = (contentWidth(doc) - 2 * padding - gutter * (perRow - 1)) / perRow;
  const rowHeight = 62;
  for (let start = 0; start < cells.length; start += perRow) {
    ensureSpace(doc, rowHeight);
    const top = doc.y;
    doc.roundedRect(left(doc), top, contentWidth(doc), rowHeight, 4).fill(COLOURS.surface);
    cells.slice(start, start + perRow).forEach((cell, index) => {
      const x = left(doc) + padding + index * (cellWidth + gutter);
      setFont(doc, 'body', SIZES.small, COLOURS.muted).text(cell.label, x, top + padding, { width: cellWidth, height: SIZES.small * 1.4, ellipsis: true });
      const figure = cell.readiness.state === 'not-yet-ready' ? 'Not yet ready' : cell.readiness.percent === null ? '–' : `${cell.readiness.percent}%`;
      setFont(doc, 'strong', 20).text(figure, x, top + padding + 11, { width: cellWidth, lineBreak: false });
      setFont(doc, 'body', SIZES.small, COLOURS.muted).text(describeReadiness(cell.readiness), x, top + padding + 37, {
        width: cellWidth,
        height: SIZES.small * 1.4,
        ellipsis: true,
      });
    });
    doc.y = top + rowHeight + 6;
  }
  doc.y += 4;
  paragraph(doc, summary.reading, { gapAfter: 4 });
  paragraph(doc, `${READINESS_NOTE} ${summary.measure}`, { size: SIZES.tiny, colour: COLOURS.muted });
}

function drawPriorities(doc: Doc, summary: DevelopmentSummary, codes: ReadonlyMap<string, string>): void {
  heading(doc, 'Priorities', SIZES.h2, 18);
  paragraph(doc, priorityRule(summary.voice), { size: SIZES.small, colour: COLOURS.muted });
  if (summary.dismissed.length > 0) {
    paragraph(doc, `Set aside from the priorities: ${joinTitles(summary.dismissed.map((priority) => priority.title))}.`, { size: SIZES.small });
  }
  if (summary.priorities.length === 0) {
    paragraph(doc, summary.dismissed.length > 0 ? 'Every item below its target is set aside.' : `No item is below its target${summary.readiness.rated === 0 ? ' yet: nothing is rated' : ''}.`);
    return;
  }
  const x = left(doc);
  const width = contentWidth(doc);
  const indent = 14;
  summary.priorities.forEach((priority, index) => {
    doc.y += 6;
    ensureSpace(doc, 70);
    const code = codes.get(priority.key);
    setFont(doc, 'strong', SIZES.h3).text(`${index + 1}. ${code ? `${code}  ` : ''}${priority.title}`, x, doc.y, { width });
    doc.y += 1;
    const confidence = priority.confidence?.toLowerCase() ?? 'not given';
    setFont(doc, 'body', SIZES.small, COLOURS.muted).text(
      `${priorityActionLabel(priority.action, summary.voice)}${priority.mustHave ? ' (must-have)' : ''}${priority.pinned ? ' (pinned)' : ''}. Level ${priority.level} now, target ${priority.targetLevel}: ${gapLabel(priority)}; confidence ${confidence}.`,
      x,
      doc.y,
      { width },
    );
    if (priority.resources.length === 0) return;
    doc.y += 4;
    setFont(doc, 'strong', SIZES.tiny, COLOURS.muted).text('WHAT HELPS', x + indent, doc.y, { width: width - indent, characterSpacing: 0.6 });
    for (const resource of priority.resources) {
      doc.y += 3;
      ensureSpace(doc, 34);
      setFont(doc, 'strong', SIZES.small).text(resource.title, x + indent, doc.y, { width: width - indent, continued: true });
      setFont(doc, 'body', SIZES.small, COLOURS.muted).text(` (${RESOURCE_KIND_NAMES[resource.kind]})`);
      setFont(doc, 'body', SIZES.small).text(resource.how, x + indent, doc.y, { width: width - indent, lineGap: 1.5 });
    }
  });
  doc.x = x;
}
