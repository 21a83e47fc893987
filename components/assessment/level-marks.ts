import { MEASURE_NAMES } from '@/lib/domain/targets';

/** What the framework says about a level of an item: its targets, or the single expected level of versions before there were two. */
export function levelMark(level: number, item: { expectedLevel: number; stepUpLevel: number | null }): string | null {
  if (item.stepUpLevel === null) return level === item.expectedLevel ? 'expected of a Head of Engineering' : null;
  const marks = [level === item.stepUpLevel ? MEASURE_NAMES.STEP_UP : null, level === item.expectedLevel ? MEASURE_NAMES.IN_ROLE : null].filter(Boolean);
  return marks.length > 0 ? marks.join(', ') : null;
}
