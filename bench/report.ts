// The one table `npm run bench` prints, and the named figures its budgets check.
import type { LighthouseFigures } from './browser';
import type { ClientJs } from './client-js';
import { LOAD, type LoadFigures } from './load';
import { BARE_PAGES, GAP_BUDGET_PAGES, GROWTH_PAGES, LATENCY_PAGES, LONG_ROUND_GROWTH_PAGES, PAGE_LABELS, PDF_CLIENTS, SIGNED_IN_PAGES, WEIGHT_OF, type BackendResult } from './measure-backend';
import { GROWTH_STEPS, MAIN_STEP, PREVIOUS_RATERS, RATERS } from './seed';
import { describeBudget, enforcedBreaks, formatNumber, markdownTable, pairedRatio, ratio, type BudgetCheck } from './stats';

export const CHART_FREE_ROUTES = ['framework', 'form', 'history', 'signin', 'account'] as const;
const key = (backend: BackendResult) => backend.name.toLowerCase();
const NO_FIGURES: LoadFigures = { rps: NaN, p50: NaN, p99: NaN, roundRps: [], roundP99s: [], rounds: 0, requests: 0, failed: 0, failures: {} };
const rpsOver = (page: LoadFigures, baseline: LoadFigures) => pairedRatio(page.roundRps, baseline.roundRps);
const p99Over = (page: LoadFigures, baseline: LoadFigures) => pairedRatio(page.roundP99s, baseline.roundP99s);
const growthOf = (byStep: Partial<Record<number, LoadFigures>>) => p99Over(byStep[1000] ?? NO_FIGURES, byStep[1] ?? NO_FIGURES);

/** Every figure a budget may name, e.g. `postgres.gap.p99PerDynamic`, `clientJs.history.perRuntime` or `run.seconds`. */
export function collectFigures(backends: BackendResult[], clientJs: ClientJs, seconds: number): Map<string, number> {
  const figures = new Map<string, number>([['run.seconds', seconds]]);
  for (const backend of backends) {
    const b = key(backend);
    const { latency } = backend;
    for (const page of GAP_BUDGET_PAGES) {
      figures.set(`${b}.${page}.p99PerDynamic`, p99Over(latency[page], latency.dynamic));
      figures.set(`${b}.${page}.rpsPerStatic`, rpsOver(latency[page], latency.static));
      figures.set(`${b}.${page}.p99PerBareWeight`, p99Over(latency[page], latency[WEIGHT_OF[page]]));
    }
    for (const page of LATENCY_PAGES) {
      if ((BARE_PAGES as readonly string[]).includes(page)) continue;
      figures.set(`${b}.${page}.rpsPerBareStatic`, rpsOver(latency[page], latency.bareStatic));
      figures.set(`${b}.${page}.p99PerBareDynamic`, p99Over(latency[page], latency.bareDynamic));
    }
    figures.set(`${b}.rss.growth`, ratio(backend.memory.byRequests[10_000] ?? NaN, backend.memory.byRequests[1_000] ?? NaN));
    const pdfLoadFailed = backend.pdfLoad
      ? backend.pdfLoad.alone.failed + backend.pdfLoad.loaded.failed + Object.values(backend.pdfLoad.background.failures).reduce((sum, count) => sum + count, 0)
      : 0;
    figures.set(`${b}.failedRequests`, Object.values(latency).reduce((sum, figures) => sum + figures.failed, 0) + pdfLoadFailed);
    if (backend.pdfLoad) {
      figures.set(`${b}.pdfLoad.gapP99Ratio`, p99Over(backend.pdfLoad.loaded, backend.pdfLoad.alone));
      figures.set(`${b}.pdfLoad.pdfP99PerBareDynamic`, ratio(backend.pdfLoad.background.p99, latency.bareDynamic.p99));
    }
    for (const page of GROWTH_PAGES) {
      figures.set(`${b}.growth.${page}.p99Ratio`, growthOf(backend.growth[page]));
    }
    for (const page of SIGNED_IN_PAGES) {
      const at = backend.queries[page];
      figures.set(`${b}.queries.${page}.count`, at[1000]?.count ?? NaN);
      figures.set(`${b}.queries.${page}.growth`, (at[1000]?.count ?? NaN) - (at[1]?.count ?? NaN));
    }
    figures.set(`${b}.queries.others.raterGrowth`, backend.othersByRaters[RATERS].count - backend.othersByRaters[PREVIOUS_RATERS].count);
    figures.set(`${b}.browser.chartPerLcp`, ratio(backend.browser.chartMs, backend.browser.lcpMs));
    figures.set(`${b}.lighthouse.score`, backend.browser.lighthouse.score);
    figures.set(`${b}.lighthouse.tbtMs`, backend.browser.lighthouse.tbtMs);
  }
  const radar = clientJs.routes.find((route) => route.route === 'radar');
  for (const route of clientJs.routes) {
    figures.set(`clientJs.${route.route}.gzipKb`, route.gzipBytes / 1024);
    figures.set(`clientJs.${route.route}.recharts`, route.loadsRecharts ? 1 : 0);
    figures.set(`clientJs.${route.route}.perRuntime`, ratio(route.gzipBytes, clientJs.runtimeBytes));
    figures.set(`clientJs.${route.route}.perRadar`, ratio(route.gzipBytes, radar?.gzipBytes ?? NaN));
  }
  return figures;
}

const ms = (value: number | undefined) => formatNumber(value, 0);
const x = (value: number) => (Number.isFinite(value) ? `${formatNumber(value, 2)}×` : '–');

export function renderReport(input: {
  backends: BackendResult[];
  clientJs: ClientJs;
  baseline?: LighthouseFigures;
  checks: BudgetCheck[];
  startedAt: Date;
  seconds: number;
}): string {
  const { backends, clientJs, checks } = input;
  const names = backends.map((backend) => backend.name);
  const sections: string[] = [];
  sections.push(
    `# npm run bench\n\n${input.startedAt.toISOString()}, ${Math.round(input.seconds)} s in all, ${process.platform} ${process.arch}, Node ${process.version}. ` +
      backends.map((b) => `${b.name}: ${b.rows.users} users, ${b.rows.assessments} assessments, ${b.rows.answers} answers.`).join(' '),
  );

  sections.push(
    `## Latency under load\n\nautocannon on loopback, ${LOAD.connections} connections, a warm-up of 20 requests discarded, then the median of ${LOAD.rounds} rounds, each a fixed number of requests sized from the warm-up to take about ${LOAD.roundSeconds} s (at least 15); the pages of one table take turns round by round, each round in the opposite order to the last; ` +
      `gzip requested (accept-encoding: gzip) on every request. Signed-in pages as a user with ${MAIN_STEP} submitted assessments. ` +
      `Latency in ms. "÷ bare static" is req/s over the bare Next app's static page's and "÷ bare dynamic" is p99 over its dynamic page's (bench/bare: the same Next, one layout, nothing of Headway's, served beside Headway and measured in the same rounds); "÷ static" and "÷ dynamic" are the same over Headway's own baseline pages. Each ratio is taken round by round (round i of the page against round i of the baseline, seconds apart) and then the median, so a slow spell of the machine falls on both sides of a ratio. The server counts its SQL statements (HEADWAY_QUERY_STATS=1) throughout. "${PAGE_LABELS.bareWeight}" is the bare app rendering, on every request, the markup of Headway's gap view as this run served it (its body without scripts, as React elements): its ratios are what Next alone costs for that much page, and the gap view's p99 over its p99 is Headway's own share: ${backends.map((b) => `${b.name} ${x(p99Over(b.latency.gap, b.latency.bareWeight))}`).join(', ')}. "${PAGE_LABELS.bareOthersWeight}" is the same for the others' view: ${backends.map((b) => `${b.name} ${x(p99Over(b.latency.others, b.latency.bareOthersWeight))}`).join(', ')}. "${PAGE_LABELS.dynamicSignedIn}" is Headway's dynamic baseline requested with the signed-in user's cookie: the same 11 rows as the bare dynamic page, inside the frame every signed-in page has (the session checked against the database, the signed-in header). Its p99 over the bare dynamic page's is the floor under every signed-in page's ratio, before any content of its own: ${backends.map((b) => `${b.name} ${x(p99Over(b.latency.dynamicSignedIn, b.latency.bareDynamic))}`).join(', ')}.\n\n` +
      markdownTable(
        ['page', ...names.flatMap((name) => [`${name} req/s`, 'p50', 'p99', '÷ bare static', '÷ bare dynamic', '÷ static', '÷ dynamic'])],
        LATENCY_PAGES.map((page) => [
          PAGE_LABELS[page],
          ...backends.flatMap((b) => {
            const figures = b.latency[page];
            const what = Object.entries(figures.failures).map(([failure, count]) => `${count} ${failure}`);
            const failed = figures.failed ? ` (${figures.failed} failed${what.length ? `: ${what.join(', ')}` : ''})` : '';
            return [
              `${formatNumber(figures.rps, 0)}${failed}`,
              ms(figures.p50),
              ms(figures.p99),
              x(rpsOver(figures, b.latency.bareStatic)),
              x(p99Over(figures, b.latency.bareDynamic)),
              x(rpsOver(figures, b.latency.static)),
              x(p99Over(figures, b.latency.dynamic)),
            ];
          }),
        ]),
      ),
  );

  sections.push(
    `## Growth\n\np99 in ms for a user with 1, 10, 100 and 1,000 submitted assessments (11 answers each) among ${backends[0]?.rows.users ?? '?'} users; the last column per backend is p99(1,000) ÷ p99(1), taken round by round and then the median, as above. ${LONG_ROUND_GROWTH_PAGES.map((page) => PAGE_LABELS[page]).join(', ')} shows more rows as history grows (up to a page of 20), and its rounds are twice as long.\n\n` +
      markdownTable(
        ['page', ...names.flatMap((name) => [...GROWTH_STEPS.map((step) => `${name} ${step}`), '1000÷1'])],
        GROWTH_PAGES.map((page) => [
          PAGE_LABELS[page],
          ...backends.flatMap((b) => [...GROWTH_STEPS.map((step) => ms(b.growth[page][step]?.p99)), x(growthOf(b.growth[page]))]),
        ]),
      ),
  );

  sections.push(
    `## Queries per request\n\nSQL statements (Prisma query events) and database time in ms for one request alone on the server, median of 3, for a user with 1 / 10 / 100 / 1,000 submitted assessments; the session check is included.\n\n` +
      markdownTable(
        ['page', ...names.flatMap((name) => [`${name} statements`, `${name} DB ms`])],
        SIGNED_IN_PAGES.map((page) => [
          PAGE_LABELS[page],
          ...backends.flatMap((b) => [
            GROWTH_STEPS.map((step) => formatNumber(b.queries[page][step]?.count)).join(' / '),
            GROWTH_STEPS.map((step) => formatNumber(b.queries[page][step]?.dbMs, 1)).join(' / '),
          ]),
        ]),
      ) +
      `\n\nThe others' view of the user with ${MAIN_STEP} assessments, on their previous assessment (${PREVIOUS_RATERS} rater) and their newest (${RATERS} raters): ` +
      backends.map((b) => `${b.name} ${formatNumber(b.othersByRaters[PREVIOUS_RATERS].count)} and ${formatNumber(b.othersByRaters[RATERS].count)} statements`).join('; ') +
      '.',
  );

  const pdfLoaded = backends.filter((b) => b.pdfLoad);
  if (pdfLoaded.length > 0) {
    sections.push(
      `## PDFs under load

The gap view (${LOAD.connections} connections, as above) measured alone and while ${PDF_CLIENTS} clients download PDFs without pause, rounds taking turns, the median of ${LOAD.rounds} each; the PDFs are of a draft rated in full, which is never cached, so every one is rendered on the worker pool. "PDF p99" is over every PDF downloaded during the loaded rounds, while the gap view's load competes with them, against the bare Next app's dynamic page's median p99 in the latency table; the budget for a cache miss is on the latency table's row for the draft's PDF. Measured on ${pdfLoaded.map((b) => b.name).join(' and ')} only: PGlite answers one statement at a time, so there the PDFs' queries would hold up the gap view's, whatever the rendering costs.

` +
        markdownTable(
          ['backend', 'gap p99 alone', 'gap p99 with PDFs', 'with ÷ alone', 'PDFs downloaded', 'PDF p99', 'PDF p99 ÷ bare dynamic'],
          pdfLoaded.map((b) => {
            const load = b.pdfLoad!;
            return [
              b.name,
              ms(load.alone.p99),
              ms(load.loaded.p99),
              x(p99Over(load.loaded, load.alone)),
              formatNumber(load.background.requests),
              ms(load.background.p99),
              x(ratio(load.background.p99, b.latency.bareDynamic.p99)),
            ];
          }),
        ),
    );
  }

  sections.push(
    `## Memory\n\nThe server's resident set (the largest process in its group: next-server), sampled every 100 ms during the load and growth tables and read at the first sample after 1,000 and after 10,000 requests to it had been answered (the bare app's requests are not counted).\n\n` +
      markdownTable(
        ['backend', 'RSS at start MB', 'after 1,000 MB', 'after 10,000 MB', '10,000 ÷ 1,000', 'requests in all'],
        backends.map((b) => [
          b.name,
          formatNumber(b.memory.atStartMb, 0),
          formatNumber(b.memory.byRequests[1_000], 0),
          formatNumber(b.memory.byRequests[10_000], 0),
          x(ratio(b.memory.byRequests[10_000] ?? NaN, b.memory.byRequests[1_000] ?? NaN)),
          formatNumber(b.memory.requests),
        ]),
      ),
  );

  const radar = clientJs.routes.find((route) => route.route === 'radar');
  sections.push(
    `## Client JavaScript\n\nThe gzip size (level 9) of every script each page's HTML loads (a nomodule script, which browsers that run modules skip, is not counted). Framework runtime (the scripts every page loads): ${formatNumber(clientJs.runtimeBytes / 1024, 1)} KB. ` +
      `recharts found in: ${clientJs.rechartsChunks.join(', ') || 'no chunk'}.\n\n` +
      markdownTable(
        ['route', 'scripts', 'gzip KB', '÷ runtime', '÷ one radar', 'recharts'],
        clientJs.routes.map((route) => [
          route.route,
          String(route.scripts.length),
          formatNumber(route.gzipBytes / 1024, 1),
          x(ratio(route.gzipBytes, clientJs.runtimeBytes)),
          x(ratio(route.gzipBytes, radar?.gzipBytes ?? NaN)),
          route.loadsRecharts ? 'yes' : 'no',
        ]),
      ),
  );

  sections.push(
    `## In the browser: the gap view\n\nDebian's Chromium through playwright-core, a new context (cold cache) per load, median of ${backends[0]?.browser.loads ?? '?'} loads, ms from navigation start; Lighthouse mobile (simulated throttling), performance category only, the median of its runs, with one CPU slowdown for all of them chosen by Lighthouse's calculator (bench/lighthouse-cpu.ts) from the median of the BenchmarkIndexes Lighthouse measured just before each run loaded the page (shown below), so that every host emulates the same phone.\n\n` +
      markdownTable(
        ['figure', ...names],
        [
          ['load event', ...backends.map((b) => ms(b.browser.loadMs))],
          ['largest contentful paint', ...backends.map((b) => ms(b.browser.lcpMs))],
          ['chart SVG in the page', ...backends.map((b) => ms(b.browser.chartMs))],
          ['Lighthouse performance score', ...backends.map((b) => formatNumber(b.browser.lighthouse.score))],
          ['Lighthouse total blocking time', ...backends.map((b) => ms(b.browser.lighthouse.tbtMs))],
          ['host BenchmarkIndex', ...backends.map((b) => formatNumber(b.browser.lighthouse.benchmarkIndex))],
          ['CPU slowdown', ...backends.map((b) => x(b.browser.lighthouse.cpuSlowdown))],
        ],
      ) +
      (input.baseline
        ? `\n\nBaseline in the same run: Lighthouse on the trivial dynamic page (\`/bench/dynamic\` signed in: no chart, no query but the session check) scores ${formatNumber(input.baseline.score)} with ${ms(input.baseline.tbtMs)} ms total blocking time (BenchmarkIndex ${formatNumber(input.baseline.benchmarkIndex)}, CPU slowdown ${x(input.baseline.cpuSlowdown)}).`
        : ''),
  );

  const enforced = checks.filter((check) => check.blockedBecause === undefined);
  const blocked = checks.filter((check) => check.blockedBecause !== undefined);
  const broken = enforcedBreaks(checks);
  const against = (check: BudgetCheck) => [check.figure, formatNumber(check.value, 2), describeBudget(check.budget)];
  sections.push(
    `## Budgets (bench/budgets.json)\n\n${broken.length === 0 ? `All ${enforced.length} budgets hold.` : `${broken.length} of ${enforced.length} budgets broken.`}\n\n` +
      markdownTable(['figure', 'measured', 'budget', ''], enforced.map((check) => [...against(check), check.ok ? 'ok' : '**BROKEN**'])),
  );
  if (blocked.length) {
    const reasons = [...new Set(blocked.map((check) => `${check.budget.blocked}: ${check.blockedBecause}`))];
    sections.push(
      `## Targets filed as blocked (measured, not enforced)\n\n${reasons.join('\n\n')}\n\n${blocked.filter((check) => check.ok).length} of ${blocked.length} are met in this run.\n\n` +
        markdownTable(['figure', 'measured', 'target', ''], blocked.map((check) => [...against(check), check.ok ? 'met' : 'not met'])),
    );
  }
  return `${sections.join('\n\n')}\n`;
}
