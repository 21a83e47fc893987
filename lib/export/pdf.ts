import 'server-only';
import PDFDocument from 'pdfkit';
import { itemCodes } from '@/lib/domain/item-codes';
import type { Brief } from '@/lib/domain/brief';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { drawBrief } from '@/lib/export/pdf-brief';
import { startFontsForNewDocument } from '@/lib/export/pdf-fonts';
import { drawItems, type ItemTracker } from '@/lib/export/pdf-items';
import { COLOURS, PAGE, SIZES, setFont, type Doc } from '@/lib/export/pdf-layout';
import { drawOverview, ownerLabel, statusLabel } from '@/lib/export/pdf-overview';
import { drawOthersView } from '@/lib/export/pdf-others';
import { drawPlan } from '@/lib/export/pdf-plan';
import type { OthersView } from '@/lib/domain/others-export';

const DRAFT_MARKER = 'DRAFT – not submitted';

/**
 * The development summary as an A4 PDF: the brief on the first page (when
 * given), then as its appendix the summary at a glance, the development plan,
 * others' view (when the EM included it), then item by item with the evidence as written. Drawn with pdfkit and
 * Inter embedded (subset), so the text can be selected and searched.
 */
export async function renderSummaryPdf(
  summary: DevelopmentSummary,
  now = new Date(),
  brief: Brief | null = null,
  othersView: OthersView | null = null,
): Promise<Buffer> {
  const owner = ownerLabel(summary);
  startFontsForNewDocument();
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    // Pages stay in memory until the end, so the header and "Page n of m" can be drawn once the count is known.
    bufferPages: true,
    // No default font: pdfkit would load its built-in Helvetica metrics. setFont below selects Inter before anything is drawn.
    font: '',
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: `Development summary – ${owner}`, Author: owner, Subject: 'Head of Engineering development summary', Creator: 'Headway' },
  });
  const output = collect(doc);
  setFont(doc, 'body', SIZES.body);

  const codes = itemCodes(summary.items);
  const tracker: ItemTracker = { current: null };
  const continued = new Map<number, string>();
  doc.on('pageAdded', () => {
    if (tracker.current) continued.set(lastPageIndex(doc), tracker.current);
  });

  if (brief) {
    drawBrief(doc, brief);
    doc.addPage();
  }
  drawOverview(doc, summary, codes);
  drawPlan(doc, summary, now);
  drawOthersView(doc, summary, othersView);
  drawItems(doc, summary, codes, tracker);
  drawPageChrome(doc, summary, continued);
  doc.end();
  return output;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function lastPageIndex(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/** Header (with the draft marker) and footer (with page numbers) on every page. */
function drawPageChrome(doc: Doc, summary: DevelopmentSummary, continued: ReadonlyMap<number, string>): void {
  const range = doc.bufferedPageRange();
  const draft = summary.assessment.status === 'DRAFT';
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const { page } = doc;
    const bottomMargin = page.margins.bottom;
    // Text placed below the bottom margin would otherwise start a new page.
    page.margins.bottom = 0;
    const x = page.margins.left;
    const width = page.width - page.margins.left - page.margins.right;
    const headerY = 30;
    const footerY = page.height - 40;

    // On a page an item's evidence runs onto, the header names that item instead of the document.
    const context = continued.get(index);
    const header = context ? `${ownerLabel(summary)}  ·  ${context} (continued)` : `Development summary  ·  ${ownerLabel(summary)}`;
    setFont(doc, 'strong', SIZES.small);
    const markerWidth = draft ? doc.widthOfString(DRAFT_MARKER) + 12 : 0;
    setFont(doc, 'body', SIZES.tiny, COLOURS.muted).text(header, x, headerY + 1, {
      width: width - markerWidth,
      height: SIZES.tiny * 1.4,
      ellipsis: true,
    });
    if (draft) {
      setFont(doc, 'strong', SIZES.small, COLOURS.danger).text(DRAFT_MARKER, x + width - markerWidth, headerY, {
        width: markerWidth,
        align: 'right',
        lineBreak: false,
      });
    }
    hairline(doc, x, width, headerY + 15);

    hairline(doc, x, width, footerY - 8);
    setFont(doc, 'body', SIZES.tiny, COLOURS.muted).text(`${statusLabel(summary)}  ·  Framework version ${summary.assessment.frameworkVersion}`, x, footerY, {
      width: width - 80,
      height: SIZES.tiny * 1.4,
      ellipsis: true,
    });
    setFont(doc, 'body', SIZES.tiny, COLOURS.muted).text(`Page ${index - range.start + 1} of ${range.count}`, x + width - 80, footerY, {
      width: 80,
      align: 'right',
      lineBreak: false,
    });
    page.margins.bottom = bottomMargin;
  }
}

function hairline(doc: Doc, x: number, width: number, y: number): void {
  doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(0.5)
    .strokeColor(COLOURS.line)
    .stroke();
}
