// CPU-heavy work, run on the threads of lib/workers/cpu-pool.ts rather than on
// the thread that answers requests: while it runs there, every other request
// waits. Plain JavaScript, so that Node loads it as it is under `next start`,
// vitest and the scripts alike; each named export is one kind of task. Tasks
// written in TypeScript are loaded from their bundles (scripts/build-workers.ts).
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { move } from 'piscina';

// The pool's threads give way to the thread that answers requests: on a small
// machine a PDF rendered at the same priority slows every page served beside
// it. Linux keeps a nice value per thread, which setpriority takes by the
// thread's id (the last part of /proc/thread-self).
if (!isMainThread) {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), constants.priority.PRIORITY_LOW);
  } catch {
    // Not Linux: the work still runs, at the process's priority.
  }
}

/** @type {Promise<import('@zxcvbn-ts/core').ZxcvbnFactory> | undefined} */
let zxcvbn;

// zxcvbn's dictionaries take about 60 MB a thread: loaded on first use, so
// that a thread that only draws PDFs never holds them.
async function loadZxcvbn() {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  });
}

/**
 * zxcvbn's verdict on a password, given the person's own words (address, name)
 * that make a password easier to guess.
 * @param {{ password: string; personal: string[] }} task
 * @returns {Promise<{ score: number; warning: string | null; suggestions: string[] }>}
 */
export async function scorePassword({ password, personal }) {
  zxcvbn ??= loadZxcvbn().catch((error) => {
    zxcvbn = undefined;
    throw error;
  });
  const result = (await zxcvbn).check(password, personal);
  return { score: result.score, warning: result.feedback.warning, suggestions: result.feedback.suggestions };
}

/** @type {Promise<{ renderPdf: (task: unknown) => Promise<Uint8Array> }> | undefined} */
let pdfModule;

/**
 * The development summary as PDF bytes, moved (not copied) back to the caller.
 * Loaded on first use, so that a thread that only scores passwords never loads pdfkit.
 * @param {unknown} task the PdfTask of lib/export/pdf-task-input.ts
 */
export async function renderPdf(task) {
  pdfModule ??= import(new URL('../generated/workers/pdf-task.mjs', import.meta.url).href).catch((error) => {
    pdfModule = undefined;
    throw new Error('lib/generated/workers/pdf-task.mjs is missing or broken: run `npm run build` (or `npx tsx scripts/build-workers.ts`).', { cause: error });
  });
  const { renderPdf: render } = await pdfModule;
  return move(await render(task));
}
