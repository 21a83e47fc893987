import type { Gap } from '@/lib/domain/gaps';

export function gapLabel(gap: Gap): string {
  switch (gap.state) {
    case 'gap':
      return `${gap.gap} level${gap.gap === 1 ? '' : 's'} below target`;
    case 'at-target':
      return gap.level !== null && gap.level > gap.targetLevel ? 'above target' : 'at target';
    case 'no-opportunity':
      return 'no opportunity yet';
    case 'unrated':
      return 'not rated';
  }
}

export function levelText(level: number | null, noOpportunity: boolean): string {
  if (noOpportunity) return 'No opportunity yet';
  return level === null ? 'Not rated' : String(level);
}
