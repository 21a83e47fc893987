// After `next build`: the hashes of the inline scripts of every page the
// build prerendered, for proxy.ts to put in those pages' CSP
// (lib/security/prerendered-script-hashes.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DIST_DIR } from '../bench/build-flag';
import { inlineScriptHashes } from '../lib/security/inline-script-hashes';
import { SCRIPT_HASHES_FILE, type ScriptHashManifest } from '../lib/security/prerendered-script-hashes';

const prerenderManifestSchema = z.object({ routes: z.record(z.string(), z.unknown()) });

// Where `next build` leaves a prerendered page's HTML: `/` is index.html.
const htmlFile = (route: string) => path.join(DIST_DIR, 'server/app', `${route === '/' ? '/index' : route}.html`);

export function writeScriptHashes(): ScriptHashManifest {
  const { routes } = prerenderManifestSchema.parse(JSON.parse(readFileSync(path.join(DIST_DIR, 'prerender-manifest.json'), 'utf8')));
  const manifest: ScriptHashManifest = {};
  // Prerendered files that are not pages (the icon) have no HTML.
  for (const route of Object.keys(routes).sort()) {
    const file = htmlFile(route);
    if (existsSync(file)) manifest[route] = inlineScriptHashes(readFileSync(file, 'utf8'));
  }
  writeFileSync(SCRIPT_HASHES_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
