// After `next build`: the hashes of the inline scripts of every page the
// build prerendered. Each page's CSP allowing them goes into the headers Next
// serves with the page as built (its `.meta` file), so those pages need no
// proxy (proxy.ts leaves them out); the list tells proxy.ts, when it does run
// for one of them, to add no policy of its own
// (lib/security/prerendered-script-hashes.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { buildContentSecurityPolicy } from '../lib/security/headers';
import { inlineScriptHashes } from '../lib/security/inline-script-hashes';
import { builtFile, pageMetaSchema, prerenderedPages } from '../lib/security/prerendered-pages';
import { SCRIPT_HASHES_FILE, type ScriptHashManifest } from '../lib/security/prerendered-script-hashes';

export function writeScriptHashes(): ScriptHashManifest {
  const manifest: ScriptHashManifest = {};
  for (const route of prerenderedPages()) {
    const hashes = inlineScriptHashes(readFileSync(builtFile(route, 'html'), 'utf8'));
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
