import 'server-only';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { summaryToCsv } from '@/lib/export/csv';
import type { ExportFormat } from '@/lib/export/formats';
import { summaryToJson } from '@/lib/export/json';
import { summaryToMarkdown } from '@/lib/export/markdown';
import { renderSummaryPdfOffThread } from '@/lib/export/pdf-pool';

type Render = (summary: DevelopmentSummary) => Promise<Uint8Array<ArrayBuffer> | string>;

/** How each format is written; a format without a renderer does not compile. */
export const RENDERERS: Record<ExportFormat, Render> = {
  pdf: (summary) => renderSummaryPdfOffThread(summary),
  csv: (summary) => Promise.resolve(summaryToCsv(summary)),
  md: (summary) => Promise.resolve(summaryToMarkdown(summary)),
  json: (summary) => Promise.resolve(`${JSON.stringify(summaryToJson(summary), null, 2)}\n`),
};
