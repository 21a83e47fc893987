// Whether the database is out of reach, as far as this process can tell
// without asking it on every request. A statement that fails in a way an
// outage would makes the database a suspect; only a suspect is probed, at
// most once a second and never by two requests at once, until a statement
// succeeds again. Kept on globalThis: the proxy and the pages are bundled
// separately but run in one process and must share one verdict.

/** How long a verdict stands before the next request probes again. */
export const VERDICT_MS = 1_000;
/** A probe that takes longer than this counts as the database being out of reach. */
export const PROBE_TIMEOUT_MS = 3_000;

type OutageState = {
  suspect: boolean;
  probe?: () => Promise<unknown>;
  pending?: Promise<boolean>;
  verdict?: { down: boolean; at: number };
};

const state: OutageState = ((globalThis as { __headwayOutage?: OutageState }).__headwayOutage ??= { suspect: false });

// Only failures that an unreachable database causes make it a suspect: a
// refused, reset or timed-out connection, a connection the server ended
// (SQLSTATE classes 08 and 57P: shutting down, starting up), or the embedded
// database's thread gone. A duplicate key or a bug says nothing about reachability.
const OUTAGE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
const OUTAGE_SQLSTATE = /^(08|57P)/;
const OUTAGE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const OUTAGE_MESSAGE = /connection terminated|timeout exceeded when trying to connect|connection error|database thread stopped|Connection refused/i;

export function maySignalOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'DriverAdapterError' && 'cause' in error) {
    const cause = error.cause as { kind?: unknown; code?: unknown } | undefined;
    if (cause?.kind === 'postgres') return typeof cause.code === 'string' && OUTAGE_SQLSTATE.test(cause.code);
    return typeof cause?.kind === 'string' && OUTAGE_KINDS.has(cause.kind);
  }
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && OUTAGE_ERRNO.has(code)) || OUTAGE_MESSAGE.test(error.message);
}

/** The cheapest statement that proves the database answers; registered by the client's creator. */
export function registerOutageProbe(probe: () => Promise<unknown>): void {
  state.probe = probe;
}

export function noteStatementAnswered(): void {
  state.suspect = false;
  state.verdict = undefined;
}

export function noteStatementFailed(error: unknown): void {
  if (maySignalOutage(error)) state.suspect = true;
}

export type ProbeOutcome = { answered: true } | { answered: false; timedOut: boolean; error?: unknown };

/** Runs a probe statement; one that takes longer than PROBE_TIMEOUT_MS counts as unanswered. */
export async function probeWithin(probe: () => Promise<unknown>, timeoutMs = PROBE_TIMEOUT_MS): Promise<ProbeOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<ProbeOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ answered: false, timedOut: true }), timeoutMs);
  });
  const answered = probe().then(
    (): ProbeOutcome => ({ answered: true }),
    (error: unknown): ProbeOutcome => ({ answered: false, timedOut: false, error }),
  );
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** True while the database is known to be out of reach; false at no cost when nothing has failed. */
export async function isDatabaseOutOfReach(now: () => number = Date.now): Promise<boolean> {
  const { probe } = state;
  if (!state.suspect || !probe) return false;
  if (state.verdict && now() - state.verdict.at < VERDICT_MS) return state.verdict.down;
  state.pending ??= probeWithin(probe)
    .then(({ answered }) => {
      const down = !answered;
      if (down) state.verdict = { down, at: now() };
      else noteStatementAnswered();
      return down;
    })
    .finally(() => {
      state.pending = undefined;
    });
  return state.pending;
}
