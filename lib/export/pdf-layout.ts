import { parsedFonts, type FontRole } from '@/lib/export/pdf-fonts';

export type Doc = PDFKit.PDFDocument;

// The interface's light-theme tokens (app/globals.css): ink and muted text keep
// at least 7:1 contrast on white, accent and danger at least 6:1.
export const COLOURS = {
  canvas: '#ffffff',
  ink: '#16181d',
  muted: '#4a505c',
  line: '#d6d9df',
  grid: '#e6e8ec',
  surface: '#f6f7f9',
  accent: '#1f4fd1',
  danger: '#b3261e',
} as const;

export const SIZES = { title: 22, h1: 16, h2: 13.5, h3: 11.5, body: 10, small: 8.5, tiny: 7.5 } as const;

// A4 in points. The top and bottom margins leave room for the header (draft
// marker) and footer (page numbers) that are drawn once all pages exist.
export const PAGE = { size: 'A4', margins: { top: 68, bottom: 64, left: 56, right: 56 } } as const;

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function left(doc: Doc): number {
  return doc.page.margins.left;
}

/** Selects a font by role; the role names it within the document, so each font is embedded once. */
export function setFont(doc: Doc, role: FontRole, size: number, colour: string = COLOURS.ink): Doc {
  return doc.font(parsedFonts()[role], role, size).fillColor(colour);
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}

export function heading(doc: Doc, text: string, size: number, gapBefore = 14): void {
  if (doc.y > doc.page.margins.top) doc.y += gapBefore;
  // Keep a heading with at least a few lines of what follows it.
  ensureSpace(doc, size * 1.4 + 48);
  setFont(doc, 'strong', size).text(text, left(doc), doc.y, { width: contentWidth(doc) });
  doc.y += size * 0.3;
}

export function paragraph(doc: Doc, text: string, options: { size?: number; colour?: string; role?: FontRole; gapAfter?: number } = {}): void {
  setFont(doc, options.role ?? 'body', options.size ?? SIZES.body, options.colour ?? COLOURS.ink).text(text, left(doc), doc.y, {
    width: contentWidth(doc),
    lineGap: 2,
  });
  doc.y += options.gapAfter ?? 6;
}

export function rule(doc: Doc, gapAround = 10): void {
  doc.y += gapAround;
  doc
    .moveTo(left(doc), doc.y)
    .lineTo(left(doc) + contentWidth(doc), doc.y)
    .lineWidth(0.5)
    .strokeColor(COLOURS.line)
    .stroke();
  doc.y += gapAround;
}
