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

let parsed: Record<FontRole, Font> | undefined;

/**
 * The fonts, parsed once per process (per worker thread) and shared by every
 * document. Given a path, pdfkit would read and parse the file again for each
 * PDF, and fontkit's parsing of the layout tables was half of a render.
 * Resolved from `process.cwd()` rather than this module, so that it works
 * inside Next's bundled server code, whose own location is under `.next/`.
 */
export function parsedFonts(): Record<FontRole, Font> {
  if (!parsed) {
    const requireFromApp = createRequire(path.join(process.cwd(), 'package.json'));
    const load = (role: FontRole): Font => {
      const font = create(readFileSync(requireFromApp.resolve(FILES[role])));
      if (!('layout' in font)) throw new Error(`${FILES[role]} is a font collection, not a font`);
      return font;
    };
    parsed = { body: load('body'), strong: load('strong'), italic: load('italic') };
  }
  return parsed;
}
