// Every server-side figure for one backend: seed, start, sign in, then load,
// growth, queries per request and the browser, all against one process.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { measurePageLoads, runLighthouse, type BrowserFigures } from './browser';
import { createBackend, migrate, type BackendName } from './backends';
import { BARE_PATHS } from './bare-app';
import { writeMarkupTree } from './markup-tree';
import { watchRss, type RssFigures } from './memory';
import { LOAD, measureLoads, measureUnderLoad, type LoadFigures, type UnderLoadFigures } from './load';
import { BENCH_PASSWORD, countRows, GROWTH_STEPS, MAIN_STEP, PREVIOUS_RATERS, RATERS, seedGrowthData, type GrowthStep, type GrowthUser } from './seed';
import { signIn, startServer, type Server } from './server';
import { median } from './stats';

// pdfMiss: the main user's draft, rated in full (seed.ts); a draft's PDF is never cached, so every request renders one.
export const SIGNED_IN_PAGES = ['home', 'gap', 'others', 'history', 'progress', 'compare', 'pdf', 'pdfMiss', 'csv'] as const;
export type SignedInPage = (typeof SIGNED_IN_PAGES)[number];
export const GROWTH_PAGES = ['home', 'gap', 'others', 'history', 'compare'] as const satisfies readonly SignedInPage[];
/** Held to the gap view's budgets: the others' view is the gap view with others' ratings beside the EM's (seed.ts: RATERS). */
export const GAP_BUDGET_PAGES = ['gap', 'others'] as const satisfies readonly SignedInPage[];
// History is the one page whose content grows with history: 2 rows for a user
// with one assessment, a page of 20 from 100 on. Its growth ratio is the one
// nearest its budget, and a round's p99 rests on its few slowest requests, so
// its rounds are twice as long.
export const LONG_ROUND_GROWTH_PAGES: readonly (typeof GROWTH_PAGES)[number][] = ['history'];
/** The same for every visitor: issue 24 holds them to a static page's figures. */
export const PUBLIC_PAGES = ['framework', 'welcome', 'archetype'] as const;
/**
 * Served by the bare Next app (bench/bare-app.ts), not by Headway. bareWeight
 * renders the gap view's own markup (bench/markup-tree.ts), bareOthersWeight
 * the others' view's: how much of each page's cost is Next rendering that
 * much markup, whoever serves it.
 */
export const BARE_PAGES = ['bareStatic', 'bareDynamic', 'bareWeight', 'bareOthersWeight'] as const;
/** Each page held to a budget on Headway's own share, with the bare page that renders its markup. */
export const WEIGHT_OF = { gap: 'bareWeight', others: 'bareOthersWeight' } as const satisfies Record<(typeof GAP_BUDGET_PAGES)[number], (typeof BARE_PAGES)[number]>;
/**
 * The in-app dynamic baseline requested with the signed-in user's cookie: the
 * same 11 rows inside the frame every signed-in page has (the session checked
 * against the database, the signed-in header). Its ratio to the bare dynamic
 * page is the floor under every signed-in page's ratio; its ratio to the
 * in-app baseline is what signing in adds.
 */
export const SIGNED_IN_BASELINES = ['dynamicSignedIn'] as const;
export const LATENCY_PAGES = [...BARE_PAGES, 'static', 'dynamic', ...SIGNED_IN_BASELINES, ...PUBLIC_PAGES, ...SIGNED_IN_PAGES] as const;
export type LatencyPage = (typeof LATENCY_PAGES)[number];
/** The pages requested with the main user's cookie; the rest are requested signed out. */
const REQUESTED_SIGNED_IN: ReadonlySet<LatencyPage> = new Set([...SIGNED_IN_BASELINES, ...SIGNED_IN_PAGES]);
/** The user whose pages the latency table shows: a couple of years of quarterly reviews. */

export const PAGE_LABELS: Record<LatencyPage, string> = {
  bareStatic: 'bare Next: static page',
  bareDynamic: 'bare Next: dynamic 11 rows',
  bareWeight: 'bare Next: the gap view’s markup, dynamic',
  bareOthersWeight: 'bare Next: the others’ view’s markup, dynamic',
  static: 'Headway: static page (in-app baseline)',
  dynamic: 'Headway: dynamic 11 rows, no DB (in-app baseline)',
  dynamicSignedIn: 'Headway: the same, signed in (the signed-in frame)',
  framework: '/framework',
  welcome: '/ (signed out)',
  archetype: '/archetypes/head-of-engineering',
  home: '/ (signed in)',
  gap: '/assessments/<id>/gaps',
  others: '/assessments/<id>/others/view',
  history: '/assessments',
  progress: '/progress',
  compare: '/progress/compare',
  pdf: '/assessments/<id>/export/pdf',
  pdfMiss: '/assessments/<draft id>/export/pdf (never cached)',
  csv: '/assessments/<id>/export/csv',
};

export function pagePath(page: LatencyPage, user: GrowthUser): string {
  return {
    bareStatic: BARE_PATHS.static,
    bareDynamic: BARE_PATHS.dynamic,
    bareWeight: BARE_PATHS.gapWeight,
    bareOthersWeight: BARE_PATHS.othersWeight,
    static: '/bench/static',
    dynamic: '/bench/dynamic',
    dynamicSignedIn: '/bench/dynamic',
    framework: '/framework',
    welcome: '/',
    archetype: '/archetypes/head-of-engineering',
    home: '/',
    gap: `/assessments/${user.newestId}/gaps`,
    others: `/assessments/${user.newestId}/others/view`,
    history: '/assessments',
    progress: '/progress',
    compare: `/progress/compare?from=${user.previousId}&to=${user.newestId}`,
    pdf: `/assessments/${user.newestId}/export/pdf`,
    pdfMiss: `/assessments/${user.draftId}/export/pdf`,
    csv: `/assessments/${user.newestId}/export/csv`,
  }[page];
}

export type QueryFigures = { count: number; dbMs: number };
export type BackendResult = {
  name: BackendName;
  rows: { users: number; assessments: number; answers: number };
  latency: Record<LatencyPage, LoadFigures>;
  growth: Record<(typeof GROWTH_PAGES)[number], Partial<Record<GrowthStep, LoadFigures>>>;
  queries: Record<SignedInPage, Partial<Record<GrowthStep, QueryFigures>>>;
  /** The others' view's statements for the main user with 1 rater (their previous assessment) and with 20 (their newest). */
  othersByRaters: Record<typeof PREVIOUS_RATERS | typeof RATERS, QueryFigures>;
  browser: BrowserFigures;
  memory: RssFigures;
  /** The gap view alone and while PDF_CLIENTS clients download PDFs that are never cached; on Postgres only (Options.pdfUnderLoad). */
  pdfLoad?: UnderLoadFigures;
};

const SERVER_LOG_CHARS = 8_000;

/** Clients downloading PDFs without pause while the gap view is measured (issue 24). */
export const PDF_CLIENTS = 4;
export type Signed = { server: Server; users: GrowthUser[]; cookies: Map<GrowthStep, string> };

export type Options = {
  port: number;
  bareUrl: string;
  /** Where the bare app's weight pages read their markup: the first backend writes the gap and others' views' there. */
  weightDir: string;
  debugPort: number;
  resultsDir: string;
  browserLoads: number;
  lighthouseRuns: number;
  /**
   * Measured on Postgres alone, as every concurrency figure is: PGlite answers
   * one statement at a time, so there a PDF's queries queue the gap view's
   * behind them, which says nothing of rendering on the worker pool. One
   * backend also keeps the run within its ten minutes.
   */
  pdfUnderLoad: boolean;
  log: (line: string) => void;
};

export async function measureBackend(name: BackendName, options: Options, extra?: (signed: Signed) => Promise<void>): Promise<BackendResult> {
  const { log } = options;
  const backend = await createBackend(name, options.resultsDir);
  let server: Server | undefined;
  try {
    log(`${name}: migrating and seeding`);
    migrate(backend);
    const sql = await backend.open();
    const users = await seedGrowthData(sql);
    const rows = await countRows(sql);
    await sql.close();
    log(`${name}: ${rows.users} users, ${rows.assessments} assessments, ${rows.answers} answers; starting the app`);

    server = await startServer(options.port, { ...backend.env, NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), HEADWAY_QUERY_STATS: '1' });
    const cookies = new Map<GrowthStep, string>();
    for (const user of users) cookies.set(user.assessments, await signIn(server.baseUrl, user.email, BENCH_PASSWORD));
    const userAt = (step: GrowthStep) => users.find((user) => user.assessments === step)!;
    const isBare = (page: LatencyPage) => (BARE_PAGES as readonly string[]).includes(page);
    const url = (page: LatencyPage, step: GrowthStep) => `${isBare(page) ? options.bareUrl : server!.baseUrl}${pagePath(page, userAt(step))}`;

    // A cookie the app no longer accepts would measure the signed-out frame under the signed-in label.
    const frame = await fetch(url('dynamicSignedIn', MAIN_STEP), { headers: { cookie: cookies.get(MAIN_STEP)! } });
    if (!(await frame.text()).includes('Sign out')) throw new Error(`${PAGE_LABELS.dynamicSignedIn} was not served signed in (HTTP ${frame.status})`);

    const rss = watchRss(server.groupId, server.baseUrl);
    log(`${name}: queries per request`);
    const queries = {} as BackendResult['queries'];
    for (const page of SIGNED_IN_PAGES) {
      queries[page] = {};
      for (const step of GROWTH_STEPS) queries[page][step] = await countQueries(server.baseUrl, url(page, step), cookies.get(step)!);
    }
    const main = userAt(MAIN_STEP);
    const othersByRaters = {
      [PREVIOUS_RATERS]: await countQueries(server.baseUrl, `${server.baseUrl}/assessments/${main.previousId}/others/view`, cookies.get(MAIN_STEP)!),
      [RATERS]: await countQueries(server.baseUrl, url('others', MAIN_STEP), cookies.get(MAIN_STEP)!),
    } as BackendResult['othersByRaters'];

    for (const page of GAP_BUDGET_PAGES) {
      const tree = path.join(options.weightDir, `${page}.json`);
      if (existsSync(tree)) continue;
      const served = await fetch(url(page, MAIN_STEP), { headers: { cookie: cookies.get(MAIN_STEP)! } });
      if (served.status !== 200) throw new Error(`${PAGE_LABELS[page]} answered HTTP ${served.status}`);
      writeMarkupTree(await served.text(), tree);
    }
    log(`${name}: load on ${LATENCY_PAGES.length} pages, rounds taking turns`);
    const measured = await measureLoads(
      LATENCY_PAGES.map((page) => ({ url: url(page, MAIN_STEP), cookie: REQUESTED_SIGNED_IN.has(page) ? cookies.get(MAIN_STEP) : undefined })),
    );
    const latency = Object.fromEntries(LATENCY_PAGES.map((page, index) => [page, measured[index]!])) as BackendResult['latency'];
    // A failed request is a defect: what the server said about it is the way to its cause.
    if (measured.some((figures) => figures.failed > 0)) log(`${name}: requests failed under load; the server's output:\n${server.log().slice(-SERVER_LOG_CHARS)}`);
    const growth = {} as BackendResult['growth'];
    for (const page of GROWTH_PAGES) {
      log(`${name}: growth on ${PAGE_LABELS[page]}, ${GROWTH_STEPS.join(' / ')} assessments taking turns`);
      const byStep = await measureLoads(
        GROWTH_STEPS.map((step) => ({ url: url(page, step), cookie: cookies.get(step) })),
        LONG_ROUND_GROWTH_PAGES.includes(page) ? LOAD.roundSeconds * 2 : LOAD.roundSeconds,
      );
      growth[page] = Object.fromEntries(GROWTH_STEPS.map((step, index) => [step, byStep[index]!]));
    }

    const memory = rss.stop();
    const gapUrl = url('gap', MAIN_STEP);
    let pdfLoad: UnderLoadFigures | undefined;
    if (options.pdfUnderLoad) {
      log(`${name}: the gap view alone and while ${PDF_CLIENTS} clients download PDFs of a draft (never cached), rounds taking turns`);
      const cookie = cookies.get(MAIN_STEP)!;
      pdfLoad = await measureUnderLoad({ url: gapUrl, cookie }, { url: url('pdfMiss', MAIN_STEP), cookie }, PDF_CLIENTS);
    }
    log(`${name}: browser loads and Lighthouse on the gap view`);
    const loads = await measurePageLoads(gapUrl, cookies.get(MAIN_STEP)!, options.browserLoads);
    const audit = await runLighthouse(gapUrl, cookies.get(MAIN_STEP)!, options.debugPort, options.lighthouseRuns);
    await extra?.({ server, users, cookies });
    return { name, rows, latency, growth, queries, othersByRaters, browser: { ...loads, lighthouse: audit }, memory, pdfLoad };
  } finally {
    await server?.stop();
    await backend.drop();
  }
}

/** Statements and database time of one request, alone on the server: the median of three. */
async function countQueries(baseUrl: string, url: string, cookie: string): Promise<QueryFigures> {
  const take = async () => (await (await fetch(`${baseUrl}/bench/query-stats`)).json()) as { count: number; durationMs: number };
  const samples: QueryFigures[] = [];
  for (let index = 0; index < 3; index += 1) {
    await take();
    const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
    if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status} for a signed-in request`);
    await response.arrayBuffer();
    const stats = await take();
    samples.push({ count: stats.count, dbMs: stats.durationMs });
  }
  return { count: median(samples.map((sample) => sample.count)), dbMs: median(samples.map((sample) => sample.dbMs)) };
}
