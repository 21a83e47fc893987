// The PDF renderer as a worker thread runs it: bundled by
// scripts/build-workers.ts into lib/generated/workers/pdf-task.mjs, which
// cpu-worker.mjs loads, because Node cannot load this TypeScript and its `@/`
// imports itself under `next start`.
import { renderSummaryPdf } from '@/lib/export/pdf';
import type { PdfTask } from '@/lib/export/pdf-task-input';

export async function renderPdf({ summary, now, brief, othersView }: PdfTask): Promise<Uint8Array> {
  return new Uint8Array(await renderSummaryPdf(summary, now, brief, othersView));
}
