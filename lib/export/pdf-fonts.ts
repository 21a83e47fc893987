import { createRequire } from 'node:module';
import path from 'node:path';

// Inter as static TrueType files. pdfkit's fontkit cannot subset WOFF2 files
// whose glyf table is transformed (foliojs/fontkit#201), which rules out the
// web font packages; these TTFs cover Latin, Greek, Cyrillic and Vietnamese.
const FILES = {
  body: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  strong: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
  italic: '@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf',
} as const;

export type FontRole = keyof typeof FILES;
export type FontPaths = Record<FontRole, string>;

let resolved: FontPaths | undefined;

/**
 * Absolute paths of the font files, resolved from the app's node_modules when
 * first needed. Resolving from `process.cwd()` rather than this module keeps it
 * working inside Next's bundled server code, where the module's own location
 * is somewhere under `.next/`.
 */
export function resolveFontPaths(): FontPaths {
  if (!resolved) {
    const requireFromApp = createRequire(path.join(process.cwd(), 'package.json'));
    resolved = {
      body: requireFromApp.resolve(FILES.body),
      strong: requireFromApp.resolve(FILES.strong),
      italic: requireFromApp.resolve(FILES.italic),
    };
  }
  return resolved;
}
