import type { LevelName, SaveStatus } from './types';

/** What an item's answer holds now, as its editor reports it. */
export type ItemReport = { status: SaveStatus; level: number | null; noOpportunity: boolean };

export type ItemState =
  | { kind: 'rated'; label: string }
  | { kind: 'no-opportunity'; label: string }
  | { kind: 'not-rated'; label: string }
  | { kind: 'not-saved'; label: string; failed: boolean };

const FAILED: readonly SaveStatus[] = ['retrying', 'conflict', 'refused'];

/** An item's state in the navigator: a change that is not saved yet says so before anything else. */
export function itemState(report: ItemReport, levels: readonly LevelName[]): ItemState {
  if (report.status !== 'saved') {
    const failed = FAILED.includes(report.status);
    return { kind: 'not-saved', label: failed ? 'Not saved' : 'Not saved yet', failed };
  }
  if (report.noOpportunity) return { kind: 'no-opportunity', label: 'No opportunity yet' };
  if (report.level === null) return { kind: 'not-rated', label: 'Not rated' };
  const name = levels.find((entry) => entry.level === report.level)?.name;
  return { kind: 'rated', label: name ? `Level ${report.level} · ${name}` : `Level ${report.level}` };
}

export const isRated = (report: ItemReport | undefined) => report !== undefined && (report.noOpportunity || report.level !== null);
