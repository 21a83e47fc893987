import 'server-only';
import { createHash } from 'node:crypto';
import type { Brief } from '@/lib/domain/brief';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import type { OthersView } from '@/lib/domain/others-export';
import { goalState } from '@/lib/export/goal-text';
import type { PdfTask } from '@/lib/export/pdf-task-input';
import { CpuPoolBusyError, runOnCpuPool } from '@/lib/workers/cpu-pool';

/** The PDF could not be drawn (the worker failed or its thread died); the request may be tried again. */
export class PdfRenderError extends Error {
  constructor(cause: unknown) {
    super('The PDF could not be rendered.', { cause });
    this.name = 'PdfRenderError';
  }
}

// Submitted assessments' PDFs, in this process's memory, by a hash of all
// they show. Keyed by content rather than by assessment, so a change to
// anything drawn (an answer, a goal or its note, the framework text, the
// owner's name) is a new key and the stale entry just ages out: nothing has
// to remember to clear it. Per instance rather than in the database: a PDF is
// a pure function of the key, so instances need not agree, and each pays one
// render per change rather than storing hundreds of kilobytes per assessment
// in Postgres (or in PGlite, whose thread serves every other query too).
const CACHE_BYTES = 32 * 1024 * 1024;
const cache = new Map<string, Uint8Array<ArrayBuffer>>();
let cachedBytes = 0;
// A second download of the same PDF while the first is still drawing waits for that one.
const rendering = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/**
 * The key of what the PDF shows: the summary, the brief and others' view as
 * they are drawn (a changed ask or choice, or a new rating, is a new PDF), plus each goal's
 * state as of `now` ("overdue by 3 days" changes with the date, not the data).
 * A draft has no key: it changes with every autosave and is never cached.
 */
export function pdfCacheKey(summary: DevelopmentSummary, now: Date, brief: Brief | null = null, othersView: OthersView | null = null): string | null {
  if (summary.assessment.status !== 'SUBMITTED') return null;
  const states = summary.goals.map((goal) => goalState(goal, now));
  return createHash('sha256').update(JSON.stringify([summary, states, brief, othersView])).digest('base64url');
}

function remember(key: string, pdf: Uint8Array<ArrayBuffer>): void {
  if (pdf.byteLength > CACHE_BYTES / 4) return;
  cache.set(key, pdf);
  cachedBytes += pdf.byteLength;
  // A Map iterates in insertion order, and a hit re-inserts: the first key is the least recently used.
  for (const [oldest, bytes] of cache) {
    if (cachedBytes <= CACHE_BYTES) break;
    cache.delete(oldest);
    cachedBytes -= bytes.byteLength;
  }
}

function recall(key: string): Uint8Array<ArrayBuffer> | undefined {
  const pdf = cache.get(key);
  if (pdf) {
    cache.delete(key);
    cache.set(key, pdf);
  }
  return pdf;
}

type Drawn = { brief: Brief | null; othersView: OthersView | null };

async function renderOnPool(summary: DevelopmentSummary, now: Date, { brief, othersView }: Drawn): Promise<Uint8Array<ArrayBuffer>> {
  const task: PdfTask = { summary, now, brief, othersView };
  try {
    return await runOnCpuPool<Uint8Array<ArrayBuffer>>('renderPdf', task);
  } catch (error) {
    if (error instanceof CpuPoolBusyError) throw error;
    console.error('PDF rendering failed on its worker thread', error);
    throw new PdfRenderError(error);
  }
}

/**
 * The development summary as PDF bytes, drawn on a worker thread of the CPU
 * pool so the thread that answers requests stays free, or taken from the cache
 * when a submitted assessment shows exactly what it showed last time. Throws
 * CpuPoolBusyError when the pool's queue is full and PdfRenderError when the
 * worker failed; both mean "try again".
 */
export async function renderSummaryPdfOffThread(
  summary: DevelopmentSummary,
  now = new Date(),
  brief: Brief | null = null,
  othersView: OthersView | null = null,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = pdfCacheKey(summary, now, brief, othersView);
  if (key === null) return renderOnPool(summary, now, { brief, othersView });
  // Each response gets its own copy: a body may be handed on and detached, and the cached bytes must outlive it.
  return (await cachedOrRendered(key, summary, now, { brief, othersView })).slice();
}

function cachedOrRendered(key: string, summary: DevelopmentSummary, now: Date, drawn: Drawn): Promise<Uint8Array<ArrayBuffer>> {
  const cached = recall(key);
  if (cached) return Promise.resolve(cached);
  const pending = rendering.get(key);
  if (pending) return pending;
  const render = renderOnPool(summary, now, drawn)
    .then((pdf) => {
      remember(key, pdf);
      return pdf;
    })
    .finally(() => rendering.delete(key));
  rendering.set(key, render);
  return render;
}
