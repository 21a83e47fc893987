import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create, type Font } from 'fontkit';

// Inter as static TrueType files. pdfkit's fontkit cannot subset WOFF2 files
// whose glyf table is transformed (foliojs/fontkit#201), which rules out the
// web font packages; these TTFs cover Latin, Greek, Cyrillic and Vietnamese.
const FILES = {
  body: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  strong: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
  italic: '@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf',
} as const;

export type FontRole = keyof typeof FILES;

// fontkit keeps every glyph it has created in a per-font cache, each with the
// code points it was created for, and pdfkit writes those code points into the
// PDF's text layer. A glyph an earlier document created without them (for its
// subset, say) would leave a later PDF's character unreadable: pdftotext read
// "Others view" for "Others’ view". The cache is not part of fontkit's typed API,
// so its presence is checked when the fonts are loaded.
type WithGlyphCache = Font & { _glyphs: Record<number, unknown> };

let parsed: Record<FontRole, WithGlyphCache> | undefined;

function hasGlyphCache(font: Font): font is WithGlyphCache {
  return '_glyphs' in font && typeof font._glyphs === 'object' && font._glyphs !== null;
}

// Inter's contextual alternates ("calt") reshape characters by their
// neighbours: a colon raised between digits, "->" drawn as an arrow, "2x3" as
// a multiplication sign. A summary quotes the EM's words as they wrote them,
// and matching those chained rules against every word was half of a render
// (83 ms down to 44 ms for the sample summary, the same text and line breaks).
// pdfkit asks for the default features by passing none, and caches each
// word's layout only then, so the default is changed on the font itself.
const WITHOUT_CONTEXTUAL_ALTERNATES = { calt: false };

function withoutContextualAlternates<F extends Font>(font: F): F {
  const layout = font.layout.bind(font);
  font.layout = (text, features, ...rest) => layout(text, features ?? WITHOUT_CONTEXTUAL_ALTERNATES, ...rest);
  return font;
}

/**
 * The fonts, parsed once per process (per worker thread) and shared by every
 * document. Given a path, pdfkit would read and parse the file again for each
 * PDF, and fontkit's parsing of the layout tables was half of a render.
 * Resolved from `process.cwd()` rather than this module, so that it works
 * inside Next's bundled server code, whose own location is under `.next/`.
 */
export function parsedFonts(): Record<FontRole, Font> {
  return loadedFonts();
}

function loadedFonts(): Record<FontRole, WithGlyphCache> {
  if (!parsed) {
    const requireFromApp = createRequire(path.join(process.cwd(), 'package.json'));
    const load = (role: FontRole): WithGlyphCache => {
      const font = create(readFileSync(requireFromApp.resolve(FILES[role])));
      if (!('layout' in font)) throw new Error(`${FILES[role]} is a font collection, not a font`);
      if (!hasGlyphCache(font)) throw new Error('fontkit no longer keeps its glyph cache in `_glyphs`: see lib/export/pdf-fonts.ts');
      return withoutContextualAlternates(font);
    };
    parsed = { body: load('body'), strong: load('strong'), italic: load('italic') };
  }
  return parsed;
}

/**
 * Empties the fonts' glyph caches, so that what a new document's text layer
 * says depends on that document alone; the parsed tables stay shared. Call it
 * before drawing a document: drawing and ending a document is synchronous, so
 * no other document on this thread draws in between.
 */
export function startFontsForNewDocument(): void {
  for (const font of Object.values(loadedFonts())) font._glyphs = {};
}
