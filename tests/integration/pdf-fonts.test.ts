import { expect, test } from 'vitest';
import { sampleSummarySource } from '@/lib/content/sample-assessment';
import { buildSummary } from '@/lib/domain/summary';
import { renderSummaryPdf } from '@/lib/export/pdf';
import { parsedFonts } from '@/lib/export/pdf-fonts';
import { pdfReaderForFile, pdfTextOf } from '../support/pdf-reader';

// The fonts are parsed once per thread and shared by every PDF drawn on it,
// so a PDF's text layer must not depend on what was drawn before it. In Inter
// SemiBold the comma is drawn from the glyph of "’", so a PDF whose headings hold
// commas and no "’" makes fontkit create that glyph with no character of its
// own. This file runs in its own thread, so nothing has drawn "’" before.
const NOW = new Date('2026-12-01T10:00:00Z');
const reader = pdfReaderForFile();

const textOf = (pdf: Buffer) => pdfTextOf(reader, pdf);

function summaryWithTitles(title: (index: number) => string) {
  const source = sampleSummarySource(NOW);
  source.items = source.items.map((item, index) => ({ ...item, title: title(index) }));
  return buildSummary(source);
}

test('reads the same whatever PDFs the thread drew before it', async () => {
  const withCommas = summaryWithTitles((index) => `Item ${index + 1}, in short, as titled`);
  const withApostrophes = summaryWithTitles((index) => `The team’s item ${index + 1}`);

  const commasText = await textOf(await renderSummaryPdf(withCommas, NOW));
  expect(commasText).toContain('Item 1, in short, as titled');
  expect(commasText).not.toContain('’s item');

  const apostrophesText = await textOf(await renderSummaryPdf(withApostrophes, NOW));
  // Every place a title is drawn, in each of the fonts, reads back whole.
  expect(apostrophesText).not.toMatch(/The team\s*s item/);
  for (let index = 1; index <= 11; index++) expect(apostrophesText).toContain(`The team’s item ${index}`);
  expect(await textOf(await renderSummaryPdf(withApostrophes, NOW))).toBe(apostrophesText);
});

test('draws each character as written, without contextual alternates', () => {
  const written = 'Cut lead time 2x -> 10:30 on 3 teams';
  for (const font of Object.values(parsedFonts())) {
    const ownGlyphs = [...written].map((character) => font.glyphForCodePoint(character.codePointAt(0)!).id);
    expect(font.layout(written).glyphs.map((glyph) => glyph.id)).toEqual(ownGlyphs);
    // The font does have them: asked for, "->" and "10:30" change shape.
    expect(font.layout(written, { calt: true }).glyphs.map((glyph) => glyph.id)).not.toEqual(ownGlyphs);
  }
});
