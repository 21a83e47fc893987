import { gapLabel, levelText } from '@/lib/domain/gap-labels';
import type { Gap } from '@/lib/domain/gaps';
import { CONFIDENCE_LABELS } from '@/lib/domain/vocabulary';
import { agreedNote, type DevelopmentSummary, type SummaryItem } from '@/lib/domain/summary';
import { formatDate } from '@/lib/format/dates';
import { COLOURS, contentWidth, ensureSpace, heading, left, paragraph, rule, SIZES, setFont, type Doc } from '@/lib/export/pdf-layout';
import { capitalise } from '@/lib/format/text';

const LABEL_WIDTH = 84;

/** What the page header names when an item runs onto a new page. */
export type ItemTracker = { current: string | null };

/** Item by item, on the pages after the overview: level, target, confidence and the evidence as written. */
export function drawItems(doc: Doc, summary: DevelopmentSummary, codes: ReadonlyMap<string, string>, tracker: ItemTracker): void {
  doc.addPage();
  heading(doc, 'Item by item', SIZES.h1, 0);
  const { voice } = summary;
  paragraph(doc, `Each item as ${voice.named ? voice.subject : 'you'} rated it, with ${voice.possessive} evidence exactly as ${voice.pronoun} wrote it.`, { size: SIZES.small, colour: COLOURS.muted });
  if (summary.items.length === 0) {
    paragraph(doc, 'This framework version has no items.');
    return;
  }
  const gaps = new Map(summary.gaps.map((gap) => [gap.key, gap]));
  let section: string | null = null;
  for (const item of summary.items) {
    if (item.sectionKey !== section) {
      section = item.sectionKey;
      heading(doc, item.sectionTitle, SIZES.h2, 16);
    }
    const code = codes.get(item.key);
    const name = `${code ? `${code}  ` : ''}${item.title}`;
    drawItem(doc, summary, item, name, gaps.get(item.key), tracker);
    tracker.current = null;
  }
}

function drawItem(doc: Doc, summary: DevelopmentSummary, item: SummaryItem, name: string, gap: Gap | undefined, tracker: ItemTracker): void {
  doc.y += 8;
  ensureSpace(doc, 120);
  setFont(doc, 'strong', SIZES.h3).text(name, left(doc), doc.y, { width: contentWidth(doc) });
  doc.y += 4;
  // From here the item may run onto a new page (long evidence, most often); that page's header then names it.
  tracker.current = name;

  const level = levelText(item.level, item.noOpportunity);
  const agreed = agreedNote(item);
  field(doc, 'Level now', `${item.levelName ? `${level} – ${item.levelName}` : level}${agreed ? `, ${agreed}` : ''}`, item.descriptor);
  field(doc, 'Target', String(item.targetLevel));
  if (gap && (gap.state === 'gap' || gap.state === 'at-target')) field(doc, 'Gap', capitalise(gapLabel(gap)));
  field(doc, 'Confidence', item.confidence ? CONFIDENCE_LABELS[item.confidence] : 'Not given');
  if (summary.previousSubmittedAt) {
    field(doc, 'Last time', `${item.previousLevel === null ? 'Not rated' : String(item.previousLevel)} (${formatDate(summary.previousSubmittedAt)})`);
  }

  doc.y += 4;
  ensureSpace(doc, 40);
  setFont(doc, 'strong', SIZES.tiny, COLOURS.muted).text('EVIDENCE', left(doc), doc.y, { width: contentWidth(doc), characterSpacing: 0.6 });
  doc.y += 2;
  const evidence = normaliseLineBreaks(item.evidence);
  if (evidence.trim() === '') {
    paragraph(doc, 'No evidence written.', { role: 'italic', colour: COLOURS.muted, gapAfter: 0 });
  } else {
    paragraph(doc, evidence, { gapAfter: 0 });
  }
  rule(doc, 8);
}

/** Label on the left, value (and an optional muted detail under it) on the right, kept together on one page. */
function field(doc: Doc, label: string, value: string, detail?: string | null): void {
  const x = left(doc);
  const valueX = x + LABEL_WIDTH;
  const valueWidth = contentWidth(doc) - LABEL_WIDTH;
  setFont(doc, 'strong', SIZES.body);
  let height = doc.heightOfString(value, { width: valueWidth });
  if (detail) {
    setFont(doc, 'body', SIZES.small);
    height += doc.heightOfString(detail, { width: valueWidth, lineGap: 1.5 }) + 2;
  }
  ensureSpace(doc, height + 4);
  const top = doc.y;
  setFont(doc, 'body', SIZES.small, COLOURS.muted).text(label, x, top + 1.5, { width: LABEL_WIDTH - 8 });
  const labelBottom = doc.y;
  setFont(doc, 'strong', SIZES.body).text(value, valueX, top, { width: valueWidth });
  if (detail) setFont(doc, 'body', SIZES.small, COLOURS.muted).text(detail, valueX, doc.y + 2, { width: valueWidth, lineGap: 1.5 });
  doc.x = x;
  doc.y = Math.max(doc.y, labelBottom) + 3;
}

// Written evidence is shown as typed; only the line-ending conventions of
// different systems are unified so that every break is a break.
function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?|\u2028|\u2029/g, '\n');
}
