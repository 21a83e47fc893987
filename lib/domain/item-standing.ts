import { gapOf } from '@/lib/domain/gaps';
import { gapLabel } from '@/lib/domain/gap-labels';

/** Where the person stands on one item, as their latest submitted assessment says. */
export type ItemStanding = {
  level: number | null;
  noOpportunity: boolean;
  targetLevel: number;
  /** The level's name on the assessment's scale, e.g. "Established". */
  levelName: string | null;
};

/** "Level 2 (Developing) · target 3 · 1 level below target", or why there is no level. */
export function describeStanding(standing: ItemStanding): string {
  const gap = gapOf({ key: '', title: '', sectionKey: '', confidence: null, mustHave: false, ...standing });
  const target = `target ${standing.targetLevel}`;
  if (gap.state === 'no-opportunity') return `No opportunity yet · ${target}`;
  if (gap.state === 'unrated') return `Not rated · ${target}`;
  const level = `Level ${standing.level}${standing.levelName ? ` (${standing.levelName})` : ''}`;
  return `${level} · ${target} · ${gapLabel(gap)}`;
}

/** What a new goal on an item is set against: where the person stands, their evidence, and the next level up. */
export type GoalGuide = ItemStanding & {
  /** When the assessment it comes from was submitted, or started for a draft. */
  assessedOn: Date;
  draft: boolean;
  evidence: string;
  next: { level: number; name: string | null; summary: string; text: string; signals: string[] } | null;
  /** The framework's way to get an opportunity to show the item. */
  stretch: string | null;
};
