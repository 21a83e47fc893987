// After `next build`: the hashes of the inline scripts of every page the
// build prerendered. Each page's CSP allowing them goes into the headers Next
// serves with the page as built (its `.meta` file), so those pages need no
// proxy (proxy.ts leaves them out); the list is kept for proxy.ts too, which
// gives the same CSP when it does run for one of them
// (lib/security/prerendered-script-hashes.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DIST_DIR } from '../bench/build-flag';
import { buildContentSecurityPolicy } from '../lib/security/headers';
import { inlineScriptHashes } from '../lib/security/inline-script-hashes';
import { SCRIPT_HASHES_FILE, type ScriptHashManifest } from '../lib/security/prerendered-script-hashes';

const prerenderManifestSchema = z.object({ routes: z.record(z.string(), z.unknown()) });
// Next's own fields are kept as they are; only the headers are read and added to.
const pageMetaSchema = z.looseObject({ headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}) });

// Where `next build` leaves a prerendered page: `/` is index.html and index.meta.
const builtFile = (route: string, extension: 'html' | 'meta') => path.join(DIST_DIR, 'server/app', `${route === '/' ? '/index' : route}.${extension}`);

export function writeScriptHashes(): ScriptHashManifest {
  const { routes } = prerenderManifestSchema.parse(JSON.parse(readFileSync(path.join(DIST_DIR, 'prerender-manifest.json'), 'utf8')));
  const manifest: ScriptHashManifest = {};
  // Prerendered files that are not pages (the icon) have no HTML.
  for (const route of Object.keys(routes).sort()) {
    const html = builtFile(route, 'html');
    if (!existsSync(html)) continue;
    const hashes = inlineScriptHashes(readFileSync(html, 'utf8'));
    manifest[route] = hashes;
    writeServedPolicy(builtFile(route, 'meta'), buildContentSecurityPolicy({ hashes, isDev: false }));
  }
  writeFileSync(SCRIPT_HASHES_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function writeServedPolicy(metaFile: string, policy: string): void {
  const meta = pageMetaSchema.parse(JSON.parse(readFileSync(metaFile, 'utf8')));
  meta.headers['content-security-policy'] = policy;
  writeFileSync(metaFile, JSON.stringify(meta));
}
