// The pages `next build` prerendered, as it leaves them in the build: each
// page's HTML, and the headers Next serves with it (its `.meta` file), which
// is where scripts/write-script-hashes.ts puts the page's CSP. proxy.ts does
// not run for these pages, so that header is their only CSP.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DIST_DIR } from '@/bench/build-flag';

const prerenderManifestSchema = z.object({ routes: z.record(z.string(), z.unknown()) });
// Next's own fields are kept as they are; only the headers are read and added to.
export const pageMetaSchema = z.looseObject({ headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}) });

/** Where the build leaves a prerendered page: `/` is index.html and index.meta. */
export const builtFile = (route: string, extension: 'html' | 'meta') => path.join(DIST_DIR, 'server/app', `${route === '/' ? '/index' : route}.${extension}`);

/** Every prerendered route that is a page; prerendered files that are not (the icon) have no HTML. */
export function prerenderedPages(): string[] {
  const { routes } = prerenderManifestSchema.parse(JSON.parse(readFileSync(path.join(DIST_DIR, 'prerender-manifest.json'), 'utf8')));
  return Object.keys(routes)
    .sort()
    .filter((route) => existsSync(builtFile(route, 'html')));
}

/** The prerendered pages Next would serve without a CSP: a build that `npm run build` did not finish. */
export function pagesWithoutServedPolicy(): string[] {
  return prerenderedPages().filter((route) => {
    const meta = pageMetaSchema.parse(JSON.parse(readFileSync(builtFile(route, 'meta'), 'utf8')));
    return typeof meta.headers['content-security-policy'] !== 'string';
  });
}
