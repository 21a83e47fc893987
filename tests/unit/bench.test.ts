import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { commonScripts, isRechartsChunk, listScriptSources } from '@/bench/html-scripts';
import { cpuSlowdownFor } from '@/bench/lighthouse-cpu';
import { roundOrder } from '@/bench/load';
import { toElement } from '@/bench/bare/app/weight/markup-element';
import { markupTree } from '@/bench/markup-tree';
import { groupRssMb } from '@/bench/memory';
import { budgetsFileSchema, checkBudgets, enforcedBreaks, median, pairedRatio, percentile, ratio } from '@/bench/stats';

describe('median', () => {
  test.each([
    [[], Number.NaN],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000], 10],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index);
  test.each([
    ['p99 of 1 to 100 is the 99th value', hundred, 99, 99],
    ['p50 of 1 to 100 is the 50th value', hundred, 50, 50],
    ['p99 of a few values is the largest', [30, 10, 20], 99, 30],
    ['p0 is the smallest', [30, 10, 20], 0, 10],
    ['nothing measured gives no figure', [], 99, Number.NaN],
  ])('%s', (_, values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe('ratio', () => {
  test.each([
    [10, 4, 2.5],
    [0, 4, 0],
    [10, 0, Number.NaN],
    [Number.NaN, 4, Number.NaN],
  ])('%d ÷ %d is %d', (a, b, expected) => {
    expect(ratio(a, b)).toBe(expected);
  });
});

describe('pairedRatio', () => {
  test.each([
    ['the same ratio every round', [20, 40, 60], [10, 20, 30], 2],
    // A slow spell in round 2 lifts both sides; a ratio of the medians would read 150 ÷ 50 = 3.
    ['a slow round on both sides cancels out', [100, 300, 150], [50, 150, 40], 2],
    ['the median of the rounds, not the mean', [10, 10, 100], [10, 10, 10], 1],
    ['rounds that do not pair up give no figure', [1, 2], [1], Number.NaN],
    ['no rounds give no figure', [], [], Number.NaN],
  ])('%s', (_, a, b, expected) => {
    expect(pairedRatio(a, b)).toBe(expected);
  });
});

describe('roundOrder', () => {
  test('rounds alternate forwards and backwards, so no target always follows the same one', () => {
    expect([0, 1, 2, 3].map((index) => roundOrder(4, index))).toEqual([
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [0, 1, 2, 3],
      [3, 2, 1, 0],
    ]);
  });
});

describe('cpuSlowdownFor', () => {
  // The calculator's anchors (docs/throttling.md): Lighthouse's 4× default is right for a host of about 1533.
  test.each([
    [150, 1],
    [475, 1.5],
    [800, 2],
    [1050, 2.5],
    [1300, 3],
    [1533, 4],
    [1766, 5],
    [2232, 7],
  ])('a host of BenchmarkIndex %d slows the CPU %d×', (benchmarkIndex, expected) => {
    expect(cpuSlowdownFor(benchmarkIndex)).toBeCloseTo(expected, 6);
  });
  test.each([149, Number.NaN])('a host of BenchmarkIndex %d cannot emulate the device', (benchmarkIndex) => {
    expect(cpuSlowdownFor(benchmarkIndex)).toBeNull();
  });
});

describe('listScriptSources', () => {
  const page = 'http://127.0.0.1:3700/assessments/abc/gaps';

  test('finds every external script once, in order, as an absolute URL', () => {
    const html = `<html><head>
      <script src="/_next/static/chunks/a.js" async=""></script>
      <script nonce="xyz" src='/_next/static/chunks/b.js'></script>
      <link rel="preload" as="script" href="/_next/static/chunks/c.js">
      <script>self.__next_f.push([1,"<script src=\\"/not-a-tag.js\\">"])</script>
      <SCRIPT SRC="/_next/static/chunks/a.js"></SCRIPT>
      <script src="https://cdn.example/x.js?v=1&amp;w=2"></script>
    </head></html>`;
    expect(listScriptSources(html, page)).toEqual([
      'http://127.0.0.1:3700/_next/static/chunks/a.js',
      'http://127.0.0.1:3700/_next/static/chunks/b.js',
      'https://cdn.example/x.js?v=1&w=2',
    ]);
  });

  test('leaves out nomodule scripts, which browsers that run modules never load', () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script>
      <script src="/_next/static/chunks/polyfills.js" noModule="" nonce="xyz"></script>
      <script nomodule src="/legacy.js"></script>
      <script src="/_next/static/chunks/b.js" data-nomodule-fallback="no"></script>`;
    expect(listScriptSources(html, page)).toEqual(['http://127.0.0.1:3700/_next/static/chunks/a.js', 'http://127.0.0.1:3700/_next/static/chunks/b.js']);
  });

  test('a page without external scripts has none', () => {
    expect(listScriptSources('<script>inline()</script><p>text</p>', page)).toEqual([]);
  });
});

describe('isRechartsChunk', () => {
  test.each([
    ['recharts markers', 'var a="recharts-wrapper",b="recharts-surface";', true],
    ['a single mention (e.g. a class in app code)', 'className:"recharts-wrapper"', false],
    ['React alone', 'function useState(){}', false],
  ])('%s', (_, source, expected) => {
    expect(isRechartsChunk(source)).toBe(expected);
  });
});

describe('commonScripts', () => {
  test('keeps the scripts every page loads', () => {
    expect(commonScripts([['a', 'b', 'c'], ['b', 'a'], ['a', 'b', 'd']])).toEqual(['a', 'b']);
  });
  test('no pages, no runtime', () => {
    expect(commonScripts([])).toEqual([]);
  });
});

describe('checkBudgets', () => {
  const figures = new Map([
    ['gap.p99PerDynamic', 1.5],
    ['gap.rpsPerStatic', 0.05],
    ['lighthouse.score', 93],
  ]);

  test.each([
    ['within a max', 'gap.p99PerDynamic', { max: 2 }, true],
    ['over a max', 'gap.p99PerDynamic', { max: 1.2 }, false],
    ['under a min', 'gap.rpsPerStatic', { min: 0.08 }, false],
    ['between min and max', 'lighthouse.score', { min: 90, max: 100 }, true],
    ['a figure that was not measured breaks its budget', 'missing.figure', { max: 1 }, false],
  ])('%s', (_, figure, budget, ok) => {
    expect(checkBudgets(figures, { budgets: { [figure]: budget } })).toEqual([{ figure, value: figures.get(figure) ?? Number.NaN, budget, ok }]);
  });

  test('a NaN figure (nothing to divide by) never passes', () => {
    expect(checkBudgets(new Map([['x', Number.NaN]]), { budgets: { x: { max: 100 } } })[0]?.ok).toBe(false);
  });

  test('a target filed as blocked is checked and reported with its reason, but only enforced budgets fail the run', () => {
    const checks = checkBudgets(figures, {
      blocked: { 'issue 1': 'cannot be met here' },
      budgets: { 'gap.p99PerDynamic': { max: 1.2, blocked: 'issue 1' }, 'gap.rpsPerStatic': { min: 0.08 }, 'lighthouse.score': { min: 90 } },
    });
    expect(checks.map((check) => [check.figure, check.ok, check.blockedBecause])).toEqual([
      ['gap.p99PerDynamic', false, 'cannot be met here'],
      ['gap.rpsPerStatic', false, undefined],
      ['lighthouse.score', true, undefined],
    ]);
    expect(enforcedBreaks(checks).map((check) => check.figure)).toEqual(['gap.rpsPerStatic']);
  });

  test('a budget may only name a blocked target the file explains', () => {
    const file = { budgets: { x: { max: 1, blocked: 'issue 1' } } };
    expect(budgetsFileSchema.safeParse(file).success).toBe(false);
    expect(budgetsFileSchema.safeParse({ ...file, blocked: { 'issue 1': 'why' } }).success).toBe(true);
  });
});

describe('bench/budgets.json', () => {
  test('is valid and names at least the issue’s targets', () => {
    const file = budgetsFileSchema.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '../../bench/budgets.json'), 'utf8')));
    for (const backend of ['pglite', 'postgres']) {
      expect(file.budgets[`${backend}.gap.p99PerDynamic`]?.max).toBeLessThanOrEqual(2);
      expect(file.budgets[`${backend}.gap.rpsPerStatic`]?.min).toBeGreaterThanOrEqual(0.08);
      expect(file.budgets[`${backend}.lighthouse.score`]?.min).toBeGreaterThanOrEqual(90);
      expect(file.budgets[`${backend}.lighthouse.tbtMs`]?.max).toBeLessThanOrEqual(300);
      for (const [figure, budget] of Object.entries(file.budgets)) {
        if (!figure.startsWith(`${backend}.`) || budget.blocked === undefined) continue;
        // Only issue 24's signed-in target is filed as blocked; Headway's own share of the gap view is enforced instead.
        expect(figure).toMatch(/\.(home|gap|others|history|progress|compare)\.(p99PerBareDynamic|rpsPerBareStatic)$/);
      }
      expect(file.budgets[`${backend}.gap.p99PerBareWeight`]).toMatchObject({ max: 1.5 });
      expect(file.budgets[`${backend}.gap.p99PerBareWeight`]?.blocked).toBeUndefined();
    }
    expect(file.budgets['clientJs.gap.perRadar']?.max).toBeLessThanOrEqual(1.15);
  });
});

describe('groupRssMb', () => {
  test('reads at least this process’s resident set for its own process group', () => {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const groupId = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    const ownMb = process.memoryUsage().rss / 1024 / 1024;
    expect(groupRssMb(groupId)).toBeGreaterThanOrEqual(ownMb * 0.9);
  });

  test('is 0 for a group with no processes', () => {
    expect(groupRssMb(2 ** 22 + 12345)).toBe(0);
  });
});

describe('markupTree', () => {
  test('the bare app’s weight page renders the tree back to the body it was read from, without its scripts', () => {
    const body =
      '<header class="top"><a href="/">Home</a></header><main id="main" tabindex="-1"><label for="n">Name</label><input id="n" required="" name="n" value="Ada"/>' +
      '<details open=""><summary>More</summary><p>Text &amp; more</p></details><svg viewBox="0 0 10 10"><polygon points="0,0 1,1" stroke-width="2"></polygon></svg></main>';
    const html = `<!DOCTYPE html><html><head><title>t</title></head><body>${body}<script>self.__next_f=[]</script></body></html>`;
    const tree = markupTree(html);
    // React writes an input's value last; the order of the rest is the page's.
    expect(renderToStaticMarkup(toElement(tree, 0))).toBe(`<div>${body}</div>`);
  });
});
