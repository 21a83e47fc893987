// Latency under load with autocannon, on loopback: a warm-up that is thrown
// away, then rounds at a fixed number of connections; the median round.
import autocannon from 'autocannon';
import { median, percentile } from './stats';

/** Medians over the rounds, and each round's own figures in the order they ran, for ratios taken round by round. */
export type LoadFigures = {
  rps: number;
  p50: number;
  p99: number;
  roundRps: number[];
  roundP99s: number[];
  rounds: number;
  requests: number;
  failed: number;
  /** What the failed requests got, e.g. `HTTP 500` or an error's code, with how many: a failure must say what it was. */
  failures: Record<string, number>;
};

export const LOAD = {
  connections: 10,
  roundSeconds: Number(process.env.BENCH_ROUND_SECONDS ?? 0.9),
  // A round's p99 rests on a few slow requests: the median of six rides out a
  // burst or two from elsewhere on the machine, and the whole run stays under ten minutes.
  rounds: Number(process.env.BENCH_ROUNDS ?? 6),
  // Asked for on every request, as a browser does; the table says so.
  headers: { 'accept-encoding': 'gzip' },
};
// A round is bounded by a number of requests, not a clock: every request sent
// is answered inside its round, so a slow page cannot spill its backlog into
// the next round (or the next page), and no round ends empty.
const WARMUP_REQUESTS = LOAD.connections * 2;
const MIN_ROUND_REQUESTS = Math.round(LOAD.connections * 1.5);
const MAX_ROUND_REQUESTS = 3000;
// autocannon hands back its result on its next sampling tick after the last
// answer; at its default of a second, every round would end with the server
// idle for half a second on average, a quarter of the whole run.
const SAMPLE_INTERVAL_MS = 50;

// Requests per second from the clock, first request to last answer, rather
// than from autocannon's counts per sampling tick, which a round of under a
// second cuts into a handful of uneven slices.
const answeredByOrigin = new Map<string, number>();

/** How many requests to one server (by origin) have been answered so far in this run. */
export const answeredRequests = (origin: string) => answeredByOrigin.get(origin) ?? 0;

type Round = { result: autocannon.Result; rps: number; failures: Record<string, number> };

function round(url: string, cookie: string | undefined, amount: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const origin = new URL(url).origin;
    let lastAnswerAt = startedAt;
    let answers = 0;
    const failures: Record<string, number> = {};
    const fail = (what: string) => (failures[what] = (failures[what] ?? 0) + 1);
    const instance = autocannon(
      { url, connections: LOAD.connections, amount, timeout: 30, sampleInt: SAMPLE_INTERVAL_MS, headers: { ...LOAD.headers, ...(cookie ? { cookie } : {}) } },
      (error: unknown, result) => {
        if (error) reject(error instanceof Error ? error : new Error('autocannon failed'));
        else resolve({ result, rps: answers / ((lastAnswerAt - startedAt) / 1000), failures });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number) => {
      if (statusCode < 200 || statusCode > 299) fail(`HTTP ${statusCode}`);
      answers += 1;
      answeredByOrigin.set(origin, answeredRequests(origin) + 1);
      lastAnswerAt = performance.now();
    });
    instance.on('reqError', (error: unknown) => fail(error instanceof Error ? (error as NodeJS.ErrnoException).code ?? error.message : 'request error'));
  });
}

export type LoadTarget = { url: string; cookie?: string };

/**
 * The order targets take their turns in round `index`: forwards, then
 * backwards. Whatever a turn inherits from the one before it (a garbage
 * collection owed, a queue still draining) then falls on every target alike
 * instead of always on the same one.
 */
export function roundOrder(targets: number, index: number): number[] {
  const forwards = Array.from({ length: targets }, (_, target) => target);
  return index % 2 === 0 ? forwards : forwards.reverse();
}

/**
 * Several targets measured side by side: each is warmed up and sized first,
 * then the rounds take turns (round 1 of every target, then round 2…, each
 * round in the opposite order to the last), so a burst of load from elsewhere
 * on the machine falls on all of them alike and the ratios between them hold
 * even when the absolute times do not.
 */
export async function measureLoads(targets: readonly LoadTarget[], roundSeconds = LOAD.roundSeconds): Promise<LoadFigures[]> {
  const amounts: number[] = [];
  for (const { url, cookie } of targets) {
    // The warm-up also sizes the rounds to last about `roundSeconds` each.
    amounts.push(roundAmount(await round(url, cookie, WARMUP_REQUESTS), roundSeconds));
  }
  const rounds: Round[][] = targets.map(() => []);
  for (let index = 0; index < LOAD.rounds; index += 1) {
    for (const target of roundOrder(targets.length, index)) {
      const { url, cookie } = targets[target]!;
      rounds[target]!.push(await round(url, cookie, amounts[target]!));
    }
  }
  return rounds.map((entries, target) => figuresOf(entries, amounts[target]!));
}

function figuresOf(entries: Round[], requests: number): LoadFigures {
  return {
    rps: median(entries.map((entry) => entry.rps)),
    p50: median(entries.map((entry) => entry.result.latency.p50)),
    p99: median(entries.map((entry) => entry.result.latency.p99)),
    roundRps: entries.map((entry) => entry.rps),
    roundP99s: entries.map((entry) => entry.result.latency.p99),
    rounds: entries.length,
    requests,
    // Anything but a 2xx (a redirect to sign-in, an error or a timeout) makes the figure meaningless.
    failed: entries.reduce((sum, entry) => sum + entry.result.non2xx + entry.result.errors, 0),
    failures: entries.reduce<Record<string, number>>((all, entry) => addFailures(all, entry.failures), {}),
  };
}

/** Adds `more` failures, counted by kind, into `all`; returns `all`. */
function addFailures(all: Record<string, number>, more: Record<string, number>): Record<string, number> {
  for (const [what, count] of Object.entries(more)) all[what] = (all[what] ?? 0) + count;
  return all;
}

const roundAmount = (warmup: Round, roundSeconds: number) =>
  Math.min(MAX_ROUND_REQUESTS, Math.max(MIN_ROUND_REQUESTS, Math.round(warmup.rps * roundSeconds)));

type Background = { stop: () => Promise<{ latencies: number[]; failures: Record<string, number> }> };

/**
 * `clients` clients requesting one URL back to back until stopped. Each
 * waits for its answer before the next request, and stopping waits for the
 * last answers: nothing is still being served when the next round starts.
 */
function startBackground({ url, cookie }: LoadTarget, clients: number): Background {
  let stopping = false;
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const fail = (what: string) => (failures[what] = (failures[what] ?? 0) + 1);
  const client = async () => {
    while (!stopping) {
      const startedAt = performance.now();
      try {
        const response = await fetch(url, { headers: { ...LOAD.headers, ...(cookie ? { cookie } : {}) }, redirect: 'manual' });
        await response.arrayBuffer();
        if (!response.ok) fail(`HTTP ${response.status}`);
      } catch (error) {
        fail(error instanceof Error ? ((error.cause as NodeJS.ErrnoException | undefined)?.code ?? error.message) : 'request error');
      }
      latencies.push(performance.now() - startedAt);
    }
  };
  const running = Promise.all(Array.from({ length: clients }, client));
  return {
    stop: async () => {
      stopping = true;
      await running;
      return { latencies, failures };
    },
  };
}

/** A page alone and under a background load, round by round, and what the background's own requests took. */
export type UnderLoadFigures = {
  alone: LoadFigures;
  loaded: LoadFigures;
  background: { clients: number; requests: number; p99: number; failures: Record<string, number> };
};

// The background runs this long before a loaded round starts, so that the
// round begins with the background's work already under way.
const BACKGROUND_LEAD_MS = 300;

/**
 * The same page measured alone and while `clients` clients keep requesting
 * `background`: the rounds take turns as in measureLoads, so their ratio
 * says what the background costs the page, whatever else the machine does.
 */
export async function measureUnderLoad(target: LoadTarget, background: LoadTarget, clients: number): Promise<UnderLoadFigures> {
  const amount = roundAmount(await round(target.url, target.cookie, WARMUP_REQUESTS), LOAD.roundSeconds);
  // Warms the background's route too: one request from each client.
  await startBackground(background, clients).stop();
  const alone: Round[] = [];
  const loaded: Round[] = [];
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  for (let index = 0; index < LOAD.rounds; index += 1) {
    for (const turn of roundOrder(2, index)) {
      if (turn === 0) {
        alone.push(await round(target.url, target.cookie, amount));
        continue;
      }
      const running = startBackground(background, clients);
      await new Promise((resolve) => setTimeout(resolve, BACKGROUND_LEAD_MS));
      loaded.push(await round(target.url, target.cookie, amount));
      const answered = await running.stop();
      latencies.push(...answered.latencies);
      addFailures(failures, answered.failures);
    }
  }
  return {
    alone: figuresOf(alone, amount),
    loaded: figuresOf(loaded, amount),
    background: { clients, requests: latencies.length, p99: percentile(latencies, 99), failures },
  };
}
