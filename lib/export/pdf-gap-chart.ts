import { gapLabel } from '@/lib/domain/gap-labels';
import { gapScale, type Gap } from '@/lib/domain/gaps';
import type { RatingScale } from '@/lib/domain/rating-scale';
import { COLOURS, contentWidth, ensureSpace, left, SIZES, setFont, type Doc } from '@/lib/export/pdf-layout';

// Titles in full: wide enough for most on one line, the longest on two.
const TITLE_WIDTH = 208;
const LABEL_WIDTH = 112;
const GUTTER = 10;
const BAR_HEIGHT = 9;
const AXIS_HEIGHT = 20;

/**
 * A horizontal bar per item, largest gap first, drawn as vector shapes. Items
 * at target, with no opportunity yet or unrated carry their label and no bar:
 * a bar of 0 would read as a rating.
 */
export function drawGapChart(doc: Doc, gaps: readonly Gap[], ratingScale: RatingScale): void {
  const x0 = left(doc);
  const width = contentWidth(doc);
  const barX = x0 + TITLE_WIDTH + GUTTER;
  const barWidth = width - TITLE_WIDTH - GUTTER - LABEL_WIDTH;
  const scale = gapScale(ratingScale, gaps.map((gap) => gap.gap));

  setFont(doc, 'body', SIZES.small);
  const rows = gaps.map((gap) => ({ gap, height: Math.max(16, doc.heightOfString(gap.title, { width: TITLE_WIDTH - 4 }) + 6) }));
  const plotHeight = rows.reduce((sum, row) => sum + row.height, 0);
  ensureSpace(doc, plotHeight + AXIS_HEIGHT);
  const top = doc.y;

  // Alternate rows shaded so each title can be followed across to its bar.
  const backgrounds = rows.map((_, index) => (index % 2 === 0 ? COLOURS.canvas : COLOURS.surface));
  let rowTop = top;
  rows.forEach((row, index) => {
    doc.rect(x0, rowTop, width, row.height).fill(backgrounds[index] ?? COLOURS.canvas);
    rowTop += row.height;
  });

  for (let level = 0; level <= scale; level += 1) {
    const x = barX + (barWidth * level) / scale;
    doc
      .moveTo(x, top)
      .lineTo(x, top + plotHeight + 3)
      .lineWidth(level === 0 ? 0.75 : 0.5)
      .strokeColor(level === 0 ? COLOURS.muted : COLOURS.line)
      .stroke();
    setFont(doc, 'body', SIZES.tiny, COLOURS.muted).text(String(level), x - 10, top + plotHeight + 5, { width: 20, align: 'center', lineBreak: false });
  }
  setFont(doc, 'body', SIZES.tiny, COLOURS.muted).text('levels below target', barX + barWidth + 8, top + plotHeight + 5, {
    width: LABEL_WIDTH - 8,
    lineBreak: false,
  });

  let y = top;
  for (const [index, { gap, height }] of rows.entries()) {
    const background = backgrounds[index] ?? COLOURS.canvas;
    const textY = y + 4;
    setFont(doc, 'body', SIZES.small).text(gap.title, x0 + 4, textY, { width: TITLE_WIDTH - 4 });
    if (gap.state === 'gap') {
      const length = (barWidth * gap.gap) / scale;
      doc.rect(barX, y + 4.5, length, BAR_HEIGHT).fill(COLOURS.accent);
      drawLabel(doc, gapLabel(gap), barX + length + 4, textY, background, 'body', COLOURS.ink);
    } else {
      drawLabel(doc, gapLabel(gap), barX + 4, textY, background, 'italic', COLOURS.muted);
    }
    y += height;
  }

  doc.x = x0;
  doc.y = top + plotHeight + AXIS_HEIGHT;
}

/** A label over the grid, on a patch of the row's own background so that no gridline runs through its letters. */
function drawLabel(doc: Doc, text: string, x: number, y: number, background: string, role: 'body' | 'italic', colour: string): void {
  setFont(doc, role, SIZES.small);
  const textWidth = doc.widthOfString(text);
  doc.rect(x, y - 1, textWidth + 4, SIZES.small + 3).fill(background);
  setFont(doc, role, SIZES.small, colour).text(text, x + 2, y, { width: textWidth + 4, lineBreak: false });
}
