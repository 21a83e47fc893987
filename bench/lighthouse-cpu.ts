// Lighthouse's mobile audit stands for one device, but its default CPU
// slowdown (4×) assumes a host of one speed: on a faster host it emulates a
// faster phone, on a slower one a slower phone, and the same page scores
// differently from one machine to the next. Lighthouse's own remedy is to
// measure the host's BenchmarkIndex and choose the slowdown from it
// (docs/throttling.md, "Calibrating multipliers", and its calculator at
// lighthouse-cpu-throttling-calculator.vercel.app); the benchmark does the
// same, from the indexes Lighthouse measured as it loaded the page
// (bench/browser.ts), so that its Lighthouse budgets hold the page to one device.

/** The slowdown that makes a host of this BenchmarkIndex emulate Lighthouse's mobile device; null when the host is too slow to emulate it. */
export function cpuSlowdownFor(benchmarkIndex: number): number | null {
  // The calculator's three straight pieces: 150 → 1×, 800 → 2×, 1300 → 3×, then 1× more for every 233.
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return null;
  if (benchmarkIndex < 800) return 1 + (benchmarkIndex - 150) / 650;
  if (benchmarkIndex < 1300) return 2 + (benchmarkIndex - 800) / 500;
  return 3 + (benchmarkIndex - 1300) / 233;
}
