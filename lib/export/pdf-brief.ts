import type { Brief, BriefSection } from '@/lib/domain/brief';
import type { FontRole } from '@/lib/export/pdf-fonts';
import { COLOURS, contentWidth, left, SIZES, setFont, type Doc } from '@/lib/export/pdf-layout';

// The brief as the PDF's first page: for the reader, about the EM. What
// follows it (the figures, the plan, item by item) is its appendix, on pages
// of its own. It is laid out twice: measured at decreasing sizes until it
// fits the page, then drawn at the first size that does.

/** The sizes tried, largest first; the smallest still reads at 7.6 points. */
const SCALES = [1, 0.94, 0.88, 0.82, 0.76];

const APPENDIX_NOTE = 'The pages that follow are the detail: the figures by section, the gap chart, the priorities, the plan and every item with its evidence.';

type Pass = { doc: Doc; draw: boolean; scale: number; y: number };

type TextStyle = { role?: FontRole; size: number; colour?: string; indent?: number; gapAfter?: number };

/** One block of text: measured, and drawn on the drawing pass. */
function block(pass: Pass, text: string, style: TextStyle): void {
  const { doc, scale } = pass;
  const indent = (style.indent ?? 0) * scale;
  const x = left(doc) + indent;
  const width = contentWidth(doc) - indent;
  const options = { width, lineGap: 1.5 * scale };
  setFont(doc, style.role ?? 'body', style.size * scale, style.colour ?? COLOURS.ink);
  const height = doc.heightOfString(text, options);
  // Past the smallest size, text that still does not fit runs on to a page of its own rather than off this one.
  if (pass.draw && pass.y + height > doc.page.maxY()) {
    doc.addPage();
    pass.y = doc.page.margins.top;
  }
  if (pass.draw) doc.text(text, x, pass.y, options);
  pass.y += height + (style.gapAfter ?? 0) * scale;
}

/** The EM's own words, set off by a bar so they read as a quote. */
function quote(pass: Pass, text: string): void {
  const top = pass.y;
  block(pass, text, { size: SIZES.body, indent: 12, gapAfter: 0 });
  if (pass.draw) pass.doc.rect(left(pass.doc), top, 3, pass.y - top).fill(COLOURS.accent);
  pass.y += 4 * pass.scale;
}

function section(pass: Pass, brief: BriefSection): void {
  pass.y += 9 * pass.scale;
  block(pass, brief.heading, { role: 'strong', size: SIZES.h2, gapAfter: 3 });
  brief.paragraphs.forEach((text, index) => {
    if (brief.key === 'ask') quote(pass, text);
    else if (brief.key === 'readiness' && index === 0) block(pass, text, { role: 'strong', size: SIZES.h3, gapAfter: 2 });
    else block(pass, text, { size: SIZES.body, gapAfter: 2 });
  });
  for (const entry of brief.entries) {
    pass.y += 2 * pass.scale;
    block(pass, entry.title, { role: 'strong', size: SIZES.body, indent: 10 });
    block(pass, entry.detail, { size: SIZES.small, colour: COLOURS.muted, indent: 10 });
    if (entry.quote) block(pass, `“${entry.quote}”`, { size: SIZES.small, indent: 20, gapAfter: 1 });
  }
  for (const note of brief.notes) block(pass, note, { size: SIZES.small, gapAfter: 1 });
}

function layOut(pass: Pass, brief: Brief): void {
  block(pass, brief.title, { role: 'strong', size: SIZES.title, gapAfter: 2 });
  block(pass, brief.context, { size: SIZES.small, colour: COLOURS.muted, gapAfter: 2 });
  for (const part of brief.sections) section(pass, part);
  pass.y += 10 * pass.scale;
  block(pass, APPENDIX_NOTE, { size: SIZES.tiny, colour: COLOURS.muted });
}

export function drawBrief(doc: Doc, brief: Brief): void {
  const top = doc.y;
  const fits = (scale: number) => {
    const pass: Pass = { doc, draw: false, scale, y: top };
    layOut(pass, brief);
    return pass.y <= doc.page.maxY();
  };
  const scale = SCALES.find(fits) ?? SCALES.at(-1)!;
  const pass: Pass = { doc, draw: true, scale, y: top };
  layOut(pass, brief);
  doc.x = left(doc);
  doc.y = pass.y;
}
