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

/**
 * `load` run on first call and its promise kept, so that a module is loaded
 * only by a thread that needs it; a failed load is tried again next time.
 * @template T
 * @param {() => Promise<T>} load
 * @returns {() => Promise<T>}
 */
function onFirstUse(load) {
  /** @type {Promise<T> | undefined} */
  let loading;
  return () =>
    (loading ??= load().catch((error) => {
      loading = undefined;
      throw error;
    }));
}

// zxcvbn's dictionaries take about 60 MB a thread: loaded on first use, so
// that a thread that only draws PDFs never holds them.
const zxcvbn = onFirstUse(async () => {
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
});

/**
 * zxcvbn's verdict on a password, given the person's own words (address, name)
 * that make a password easier to guess.
 * @param {{ password: string; personal: string[] }} task
 * @returns {Promise<{ score: number; warning: string | null; suggestions: string[] }>}
 */
export async function scorePassword({ password, personal }) {
  const result = (await zxcvbn()).check(password, personal);
  return { score: result.score, warning: result.feedback.warning, suggestions: result.feedback.suggestions };
}

/** @type {() => Promise<{ renderPdf: (task: unknown) => Promise<Uint8Array> }>} */
const pdfModule = onFirstUse(() =>
  import(new URL('../generated/workers/pdf-task.mjs', import.meta.url).href).catch((error) => {
    throw new Error('lib/generated/workers/pdf-task.mjs is missing or broken: run `npm run build` (or `npx tsx scripts/build-workers.ts`).', { cause: error });
  }),
);

/**
 * The development summary as PDF bytes, moved (not copied) back to the caller.
 * Loaded on first use, so that a thread that only scores passwords never loads pdfkit.
 * @param {unknown} task the PdfTask of lib/export/pdf-task-input.ts
 */
export async function renderPdf(task) {
  const { renderPdf: render } = await pdfModule();
  return move(await render(task));
}
