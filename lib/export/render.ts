import 'server-only';
import type { Brief } from '@/lib/domain/brief';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import type { OthersView } from '@/lib/domain/others-export';
import { summaryToCsv } from '@/lib/export/csv';
import type { ExportFormat } from '@/lib/export/formats';
import { summaryToJson } from '@/lib/export/json';
import { summaryToMarkdown } from '@/lib/export/markdown';
import { renderSummaryPdfOffThread } from '@/lib/export/pdf-pool';

// The brief opens the PDF and the Markdown; the data formats (CSV, JSON) carry
// the figures alone. Every format carries others' view when the EM included it.
type Render = (summary: DevelopmentSummary, brief: Brief, othersView: OthersView | null, now: Date) => Promise<Uint8Array<ArrayBuffer> | string>;

/** How each format is written; a format without a renderer does not compile. */
export const RENDERERS: Record<ExportFormat, Render> = {
  pdf: (summary, brief, othersView, now) => renderSummaryPdfOffThread(summary, now, brief, othersView),
  csv: (summary, _brief, othersView, now) => Promise.resolve(summaryToCsv(summary, now, othersView)),
  md: (summary, brief, othersView, now) => Promise.resolve(summaryToMarkdown(summary, now, brief, othersView)),
  json: (summary, _brief, othersView, now) => Promise.resolve(`${JSON.stringify(summaryToJson(summary, now, othersView), null, 2)}\n`),
};
