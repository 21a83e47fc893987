// The benchmark's baselines and instruments (app/bench/**/page.bench.tsx and
// route.bench.ts) are not part of the product: they are routes only in the
// build `npm run bench` makes with HEADWAY_BENCH_BUILD=1, read by
// next.config.ts when building and serving, and kept in a folder of its own
// so that it never replaces the build `npm start` serves.
export const BENCH_BUILD = process.env.HEADWAY_BENCH_BUILD === '1';

export const DIST_DIR = BENCH_BUILD ? '.next-bench' : '.next';

/**
 * The route types each build writes, which tsconfig includes: both declare the
 * same global route types with other routes, so a type-check fails while the
 * two are side by side.
 */
export const ROUTE_TYPES = { product: '.next/types', bench: '.next-bench/types' } as const;

// Next treats `page.<extension>` and `route.<extension>` as routes; `page.bench.tsx` only when `bench.tsx` is one.
export const PAGE_EXTENSIONS = BENCH_BUILD ? ['bench.tsx', 'bench.ts', 'tsx', 'ts'] : ['tsx', 'ts'];
