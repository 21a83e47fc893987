import type { Brief } from '@/lib/domain/brief';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import type { OthersView } from '@/lib/domain/others-export';

/**
 * What a worker thread gets to draw a PDF: plain data only (strings, numbers,
 * dates, arrays), copied to the thread by structured clone. `now` is the moment
 * the goals' "overdue by" wording is measured from.
 */
export type PdfTask = { summary: DevelopmentSummary; now: Date; brief: Brief | null; othersView: OthersView | null };
