// The gap view in Debian's Chromium: cold-cache loads through playwright-core,
// and Lighthouse's mobile performance audit over the DevTools protocol.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { chromium } from 'playwright-core';
import { z } from 'zod';
import { cpuSlowdownFor } from './lighthouse-cpu';
import { median } from './stats';

const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// As in tests/support/browser.ts: nothing reaches for the network.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

export type PageLoad = { loadMs: number; lcpMs: number; chartMs: number };
export type LighthouseFigures = { score: number; tbtMs: number; benchmarkIndex: number; cpuSlowdown: number };
export type BrowserFigures = PageLoad & { loads: number; lighthouse: LighthouseFigures };

// Runs in the page before any of its scripts: notes when the chart's SVG first appears.
const WATCH_CHART = `
  window.__chartAt = null;
  new MutationObserver((_, observer) => {
    if (document.querySelector('svg[data-chart="radar"]')) { window.__chartAt = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  window.__lcp = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__lcp = entry.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
`;

/** The median of `loads` cold loads (a new browser context each): load event, LCP, chart SVG. */
export async function measurePageLoads(url: string, cookie: string, loads: number): Promise<PageLoad & { loads: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const { hostname } = new URL(url);
  const [name = '', ...value] = cookie.split('=');
  const samples: PageLoad[] = [];
  try {
    for (let index = 0; index < loads; index += 1) {
      const context = await browser.newContext();
      await context.addCookies([{ name, value: value.join('='), domain: hostname, path: '/' }]);
      await context.addInitScript(WATCH_CHART);
      const page = await context.newPage();
      const response = await page.goto(url, { waitUntil: 'load' });
      if (response?.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()} in the browser`);
      await page.waitForSelector('svg[data-chart="radar"]');
      samples.push(
        await page.evaluate(() => {
          const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          const marks = window as unknown as { __lcp: number; __chartAt: number };
          return { loadMs: navigation?.loadEventStart ?? Number.NaN, lcpMs: marks.__lcp, chartMs: marks.__chartAt };
        }),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    loads: samples.length,
    loadMs: median(samples.map((sample) => sample.loadMs)),
    lcpMs: median(samples.map((sample) => sample.lcpMs)),
    chartMs: median(samples.map((sample) => sample.chartMs)),
  };
}

/**
 * Lighthouse's mobile performance audit (simulated throttling), median of
 * `runs`. Every run gathers first: Lighthouse measures the host's
 * BenchmarkIndex, then loads the page unthrottled. The audits then simulate
 * the phone with one CPU slowdown for all the runs, chosen
 * (bench/lighthouse-cpu.ts) from the median of the indexes measured as the
 * page loaded: on a shared host one sample of the index moved from 1,633 to
 * 2,987 between runs a minute apart, and the blocking time with it.
 */
export async function runLighthouse(url: string, cookie: string, debugPort: number, runs: number): Promise<LighthouseFigures> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'headway-bench-chromium-'));
  const chrome = spawn(CHROMIUM, [...FLAGS, `--remote-debugging-port=${debugPort}`, `--user-data-dir=${profile}`, 'about:blank'], {
    detached: true,
    stdio: 'ignore',
  });
  try {
    await waitForDevTools(debugPort);
    const flags = { port: debugPort, output: 'json' as const, logLevel: 'error' as const, onlyCategories: ['performance'], extraHeaders: { Cookie: cookie } };
    const folders = Array.from({ length: runs }, (_, index) => path.join(profile, `run-${index}`));
    // Simulated throttling gathers unthrottled; the gather reads the slowdown
    // only to shorten the deadline its requestIdleCallback stand-in gives the
    // page's idle callbacks, which Headway's own code does not use.
    for (const folder of folders) await lighthouse(url, { ...flags, gatherMode: folder }, auditConfig(throttling.mobileSlow4G.cpuSlowdownMultiplier));
    const gathered = await Promise.all(folders.map(readGather));
    const benchmarkIndex = median(gathered.map(({ artifacts }) => artifacts.BenchmarkIndex));
    const cpuSlowdown = cpuSlowdownFor(benchmarkIndex);
    if (cpuSlowdown === null) throw new Error(`This host's BenchmarkIndex is ${benchmarkIndex}: too slow to emulate Lighthouse's mobile device`);
    const scores: number[] = [];
    const tbts: number[] = [];
    for (const { file, artifacts } of gathered) {
      // Lighthouse audits only with the settings it gathered with; the page
      // loaded the same whatever the slowdown, so the saved settings take it.
      artifacts.settings.throttling.cpuSlowdownMultiplier = cpuSlowdown;
      await writeFile(file, JSON.stringify(artifacts));
      const lhr = (await lighthouse(url, { ...flags, auditMode: path.dirname(file) }, auditConfig(cpuSlowdown)))?.lhr;
      if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed: ${lhr?.runtimeError?.message ?? 'no result'}`);
      if (lhr.finalDisplayedUrl !== url) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${url}`);
      scores.push((lhr.categories.performance?.score ?? Number.NaN) * 100);
      tbts.push(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);
    }
    return { score: median(scores), tbtMs: median(tbts), benchmarkIndex, cpuSlowdown };
  } finally {
    if (chrome.pid) process.kill(-chrome.pid, 'SIGKILL');
    await rm(profile, { recursive: true, force: true });
  }
}

const auditConfig = (cpuSlowdownMultiplier: number) => ({
  extends: 'lighthouse:default',
  // The page's full screenshot only illustrates a report nobody opens here; it takes 1-2 s a run.
  settings: { disableFullPageScreenshot: true, throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier } },
});

// What the audits read of a saved gather: the index Lighthouse measured, and
// the settings it gathered with, which the audits must match.
const savedArtifactsSchema = z.looseObject({
  BenchmarkIndex: z.number(),
  settings: z.looseObject({ throttlingMethod: z.literal('simulate'), throttling: z.looseObject({ cpuSlowdownMultiplier: z.number() }) }),
});

async function readGather(folder: string) {
  const file = path.join(folder, 'artifacts.json');
  return { file, artifacts: savedArtifactsSchema.parse(JSON.parse(await readFile(file, 'utf8'))) };
}

async function waitForDevTools(port: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await fetch(`http://127.0.0.1:${port}/json/version`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Chromium's DevTools did not open on port ${port}`);
}
