// `npm run bench`: builds the production app, measures it on PGlite and on
// Postgres with growth data, prints one table, writes it to
// bench/results/latest.md and exits non-zero when a budget is broken.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BackendName } from './backends';
import { buildBareApp, startBareApp } from './bare-app';
import { ROUTE_TYPES } from './build-flag';
import { runLighthouse, type LighthouseFigures } from './browser';
import { measureClientJs, type ClientJs } from './client-js';
import { measureBackend, type BackendResult } from './measure-backend';
import { MAIN_STEP } from './seed';
import { collectFigures, renderReport } from './report';
import { budgetsFileSchema, checkBudgets, enforcedBreaks, type BudgetsFile } from './stats';

const root = path.join(import.meta.dirname, '..');
const resultsDir = path.join(root, 'bench/results');
// Ports 3700–3749 are the benchmark's: one app at a time, the bare app and Lighthouse's DevTools port.
// BENCH_PORT_BASE moves all of them, so that a second checkout can run the benchmark beside this one.
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3700);
const PORTS: Record<BackendName, number> = { PGlite: PORT_BASE, Postgres: PORT_BASE + 1 };
const DEBUG_PORT = PORT_BASE + 48;
const BARE_PORT = PORT_BASE + 2;

const started = new Date();
const log = (line: string) => console.log(`[bench ${Math.round((Date.now() - started.getTime()) / 1000)}s] ${line}`);

async function main(): Promise<number> {
  const budgets = budgetsFileSchema.parse(JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8')));
  mkdirSync(resultsDir, { recursive: true });

  // The benchmark's own build, with its baseline routes, in .next-bench (bench/build-flag.ts); the
  // build and `npm start` below inherit the flag. `npm run build` keeps a fingerprint of its sources,
  // so a build of these exact sources is reused.
  process.env.HEADWAY_BENCH_BUILD = '1';
  log('building the production app with the benchmark routes (skipped when the sources have not changed since the last build)');
  const build = spawnSync('npm', ['run', '--silent', 'build', '--', '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The production build failed');
  // Served without them; left in place they would fail `npm run typecheck` beside the product build's.
  rmSync(path.join(root, ROUTE_TYPES.bench), { recursive: true, force: true });

  log('building the bare Next app (skipped when it is newer than its sources)');
  buildBareApp();
  // The first backend writes the gap and others' views' markup here before the bare app's weight pages are first asked for.
  const weightDir = path.join(resultsDir, 'bare-weight');
  rmSync(weightDir, { recursive: true, force: true });
  mkdirSync(weightDir, { recursive: true });
  const bare = await startBareApp(BARE_PORT, weightDir);
  try {
    return await measure(budgets, bare.baseUrl, weightDir);
  } finally {
    await bare.stop();
  }
}

async function measure(budgets: BudgetsFile, bareUrl: string, weightDir: string): Promise<number> {
  const names = (process.env.BENCH_BACKENDS ?? 'PGlite,Postgres').split(',') as BackendName[];
  const backends: BackendResult[] = [];
  let clientJs: ClientJs | undefined;
  let baseline: LighthouseFigures | undefined;
  const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
  for (const name of names) {
    backends.push(
      await measureBackend(
        name,
        {
          port: PORTS[name],
          bareUrl,
          weightDir,
          debugPort: DEBUG_PORT,
          resultsDir,
          browserLoads: Number(process.env.BENCH_BROWSER_LOADS ?? 5),
          lighthouseRuns,
          pdfUnderLoad: name === 'Postgres',
          log,
        },
        // Client JavaScript does not depend on the database: measured once, on the first backend.
        clientJs
          ? undefined
          : async ({ server, users, cookies }) => {
              log('client JavaScript per route');
              const user = users.find((candidate) => candidate.assessments === MAIN_STEP)!;
              const cookie = cookies.get(MAIN_STEP)!;
              clientJs = await measureClientJs(server.baseUrl, [
                { route: 'framework', path: '/framework', cookie },
                { route: 'form', path: `/assessments/${user.draftId}`, cookie },
                { route: 'history', path: '/assessments', cookie },
                { route: 'signin', path: '/signin' },
                { route: 'account', path: '/account', cookie },
                { route: 'progress', path: '/progress', cookie },
                { route: 'gap', path: `/assessments/${user.newestId}/gaps`, cookie },
                { route: 'others', path: `/assessments/${user.newestId}/others/view`, cookie },
                { route: 'radar', path: '/bench/radar' },
              ]);
              // Lighthouse on a page with no chart and no database: how much of the gap
              // view's blocking time is the machine and the framework rather than the page.
              log('Lighthouse on the trivial dynamic page (baseline)');
              baseline = await runLighthouse(`${server.baseUrl}/bench/dynamic`, cookie, DEBUG_PORT, lighthouseRuns);
            },
      ),
    );
  }
  if (!clientJs) throw new Error('Client JavaScript was not measured');

  const seconds = (Date.now() - started.getTime()) / 1000;
  const checks = checkBudgets(collectFigures(backends, clientJs, seconds), budgets);
  const report = renderReport({ backends, clientJs, baseline, checks, startedAt: started, seconds });
  writeFileSync(path.join(resultsDir, 'latest.md'), report);
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify({ backends, clientJs, baseline, checks }, null, 2)}\n`);
  console.log(`\n${report}`);
  const broken = enforcedBreaks(checks);
  if (broken.length) console.error(`${broken.length} budget(s) broken: ${broken.map((check) => check.figure).join(', ')}`);
  return broken.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
