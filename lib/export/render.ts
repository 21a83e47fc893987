import 'server-only';
import type { Brief } from '@/lib/domain/brief';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { summaryToCsv } from '@/lib/export/csv';
import type { ExportFormat } from '@/lib/export/formats';
import { summaryToJson } from '@/lib/export/json';
import { summaryToMarkdown } from '@/lib/export/markdown';
import { renderSummaryPdfOffThread } from '@/lib/export/pdf-pool';

// The brief opens the PDF and the Markdown; the data formats (CSV, JSON) carry the figures alone.
type Render = (summary: DevelopmentSummary, brief: Brief, now: Date) => Promise<Uint8Array<ArrayBuffer> | string>;

/** How each format is written; a format without a renderer does not compile. */
export const RENDERERS: Record<ExportFormat, Render> = {
  pdf: (summary, brief, now) => renderSummaryPdfOffThread(summary, now, brief),
  csv: (summary) => Promise.resolve(summaryToCsv(summary)),
  md: (summary, brief, now) => Promise.resolve(summaryToMarkdown(summary, now, brief)),
  json: (summary) => Promise.resolve(`${JSON.stringify(summaryToJson(summary), null, 2)}\n`),
};
