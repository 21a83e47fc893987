// Which pages the build prerendered, and the hashes of their inline scripts:
// written by `scripts/build.ts` after `next build`. Their HTML is served as
// built and cannot carry a per-request nonce, so their CSP allows these hashes;
// Next serves it from the page's own headers. proxy.ts reads the list to give
// such a page, when a request to it runs the proxy, neither a nonce nor a
// second policy.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DIST_DIR } from '@/bench/build-flag';

export const SCRIPT_HASHES_FILE = path.join(DIST_DIR, 'headway-script-hashes.json');

const manifestSchema = z.record(z.string().startsWith('/'), z.array(z.string().regex(/^sha256-[A-Za-z0-9+/]+={0,2}$/)));

/** Page path (`/framework`) → the CSP hashes of its inline scripts. */
export type ScriptHashManifest = z.infer<typeof manifestSchema>;

export function parseScriptHashManifest(text: string): ScriptHashManifest {
  return manifestSchema.parse(JSON.parse(text));
}

let manifest: ReadonlyMap<string, readonly string[]> | undefined;

function readManifest(): ReadonlyMap<string, readonly string[]> {
  try {
    return new Map(Object.entries(parseScriptHashManifest(readFileSync(SCRIPT_HASHES_FILE, 'utf8'))));
  } catch (error) {
    // `next dev` renders every page per request, and so does a server whose
    // build never wrote the file: every page then gets a nonce.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
}

/** The hashes `pathname`'s prerendered HTML needs, or undefined when that page is rendered per request. */
export function prerenderedScriptHashes(pathname: string): readonly string[] | undefined {
  manifest ??= readManifest();
  return manifest.get(pathname);
}
