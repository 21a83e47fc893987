import type { Brief, BriefSection } from '@/lib/domain/brief';
import { COLOURS, contentWidth, ensureSpace, heading, left, paragraph, SIZES, setFont, type Doc } from '@/lib/export/pdf-layout';

/**
 * The brief as the PDF's first page: for the reader, about the EM. What
 * follows it (the figures, the plan, item by item) is its appendix, on pages
 * of its own.
 */
export function drawBrief(doc: Doc, brief: Brief): void {
  const x = left(doc);
  const width = contentWidth(doc);
  setFont(doc, 'strong', SIZES.title).text(brief.title, x, doc.y, { width });
  doc.y += 2;
  paragraph(doc, brief.context, { size: SIZES.small, colour: COLOURS.muted, gapAfter: 4 });
  for (const section of brief.sections) drawSection(doc, section);
  doc.y += 8;
  paragraph(doc, 'The pages that follow are the detail: the figures by section, the gap chart, the priorities, the plan and every item with its evidence.', {
    size: SIZES.tiny,
    colour: COLOURS.muted,
  });
}

function drawSection(doc: Doc, section: BriefSection): void {
  heading(doc, section.heading, SIZES.h2, 12);
  const x = left(doc);
  const width = contentWidth(doc);
  section.paragraphs.forEach((text, index) => {
    if (section.key === 'ask') {
      drawQuote(doc, text, SIZES.body);
    } else {
      paragraph(doc, text, { role: section.key === 'readiness' && index === 0 ? 'strong' : 'body', size: section.key === 'readiness' && index === 0 ? SIZES.h3 : SIZES.body, gapAfter: 3 });
    }
  });
  const indent = 10;
  for (const entry of section.entries) {
    doc.y += 2;
    ensureSpace(doc, 28);
    setFont(doc, 'strong', SIZES.body).text(entry.title, x + indent, doc.y, { width: width - indent, lineGap: 1 });
    setFont(doc, 'body', SIZES.small, COLOURS.muted).text(entry.detail, x + indent, doc.y, { width: width - indent, lineGap: 1.5 });
    if (entry.quote) {
      doc.y += 1;
      setFont(doc, 'body', SIZES.small).text(`“${entry.quote}”`, x + indent * 2, doc.y, { width: width - indent * 2, lineGap: 1.5 });
    }
  }
  doc.x = x;
}

/** The EM's own words, set off by a bar so they read as a quote. */
function drawQuote(doc: Doc, text: string, size: number): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const top = doc.y;
  setFont(doc, 'body', size).text(text, x + 12, top, { width: width - 12, lineGap: 2 });
  doc.rect(x, top, 3, doc.y - top).fill(COLOURS.accent);
  doc.y += 4;
}
