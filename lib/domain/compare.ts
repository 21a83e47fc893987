import type { Confidence } from '@/lib/domain/gaps';
import { computeReadiness, type Readiness } from '@/lib/domain/readiness';

// Two assessments side by side, item by item. Items are matched by their
// stable key, so assessments made on different framework versions compare;
// an item that exists in only one of them is listed as such.

export type CompareItem = { key: string; title: string; sectionTitle: string; level: number | null; noOpportunity: boolean; evidence: string };

type Side = Omit<CompareItem, 'key' | 'title' | 'sectionTitle'>;

export type CompareRow = {
  key: string;
  title: string;
  sectionTitle: string;
  then: Side | null;
  now: Side | null;
  /** Levels gained (negative: lost); null unless both sides have a level. */
  change: number | null;
};

function side(item: CompareItem | undefined): Side | null {
  return item ? { level: item.noOpportunity ? null : item.level, noOpportunity: item.noOpportunity, evidence: item.evidence } : null;
}

export function compareAssessments(then: readonly CompareItem[], now: readonly CompareItem[]): CompareRow[] {
  const thenByKey = new Map(then.map((item) => [item.key, item]));
  const nowByKey = new Map(now.map((item) => [item.key, item]));
  const keys = [...now.map((item) => item.key), ...then.map((item) => item.key).filter((key) => !nowByKey.has(key))];
  return keys.map((key) => {
    const before = side(thenByKey.get(key));
    const after = side(nowByKey.get(key));
    const reference = (nowByKey.get(key) ?? thenByKey.get(key))!;
    return {
      key,
      title: reference.title,
      sectionTitle: reference.sectionTitle,
      then: before,
      now: after,
      change: before?.level != null && after?.level != null ? after.level - before.level : null,
    };
  });
}

/** An item and its answer as readiness needs them, on the assessment's own framework version. */
export type ReadinessItem = {
  key: string;
  title: string;
  sectionKey: string;
  sectionWeight: number;
  stepUpLevel: number | null;
  mustHave: boolean;
  answer: { level: number | null; noOpportunity: boolean; targetLevel: number; confidence: Confidence | null; evidence: string } | null;
};

export type CommonReadiness = {
  then: Readiness;
  now: Readiness;
  /** Items rated in both assessments: the only ones either figure counts. */
  common: number;
  /** Items rated in the earlier assessment only, and in the later only. */
  thenOnly: number;
  nowOnly: number;
};

const isRatedItem = (item: ReadinessItem) => item.answer !== null && !item.answer.noOpportunity && item.answer.level !== null;

function readinessOver(items: readonly ReadinessItem[], sharedKeys: ReadonlySet<string>, commonKeys: ReadonlySet<string>): Readiness {
  const sectionKeys = [...new Set(items.map((item) => item.sectionKey))];
  return computeReadiness(
    sectionKeys.map((sectionKey) => {
      const inSection = items.filter((item) => item.sectionKey === sectionKey && sharedKeys.has(item.key));
      return {
        weight: inSection[0]?.sectionWeight ?? 1,
        answers: inSection.map((item) => {
          // Never flagged as a target below the step-up level: there is no target of the person's here.
          const answer = item.answer ?? { level: null, noOpportunity: false, targetLevel: Math.max(item.stepUpLevel ?? 2, 2), confidence: null, evidence: '' };
          // Rated on one side only: out of both figures, as if unrated here.
          const counted = commonKeys.has(item.key) ? answer : { ...answer, level: null };
          return { ...counted, title: item.title, stepUpLevel: item.stepUpLevel, mustHave: item.mustHave };
        }),
      };
    }),
  );
}

/** One assessment's readiness over all its own rated items, by the same function. */
export function readinessOfItems(items: readonly ReadinessItem[]): Readiness {
  const keys = new Set(items.map((item) => item.key));
  return readinessOver(items, keys, new Set(items.filter(isRatedItem).map((item) => item.key)));
}

/**
 * Two assessments' readiness by the one readiness function, over the same
 * items: those rated in both. Each keeps its own targets and section weights;
 * an item rated in one only counts in neither, so a change in the figure is a
 * change in levels, not in what was rated. Items are matched by key across
 * framework versions; the share of items rated is taken over the items both
 * versions have.
 */
export function readinessOverCommonItems(then: readonly ReadinessItem[], now: readonly ReadinessItem[]): CommonReadiness {
  const nowKeys = new Set(now.map((item) => item.key));
  const shared = new Set(then.filter((item) => nowKeys.has(item.key)).map((item) => item.key));
  const ratedThen = new Set(then.filter(isRatedItem).map((item) => item.key));
  const ratedNow = new Set(now.filter(isRatedItem).map((item) => item.key));
  const common = new Set([...ratedThen].filter((key) => ratedNow.has(key)));
  return {
    then: readinessOver(then, shared, common),
    now: readinessOver(now, shared, common),
    common: common.size,
    thenOnly: ratedThen.size - common.size,
    nowOnly: ratedNow.size - common.size,
  };
}

/** "Readiness over the 8 items rated in both; the newer assessment also rates 2 more." */
export function describeCommonCoverage(common: Pick<CommonReadiness, 'common' | 'thenOnly' | 'nowOnly'>): string {
  const items = (count: number) => `${count} item${count === 1 ? '' : 's'}`;
  const base = `Readiness over the ${items(common.common)} rated in both`;
  const more = [
    common.thenOnly > 0 ? `the earlier assessment also rates ${common.thenOnly} more` : '',
    common.nowOnly > 0 ? `the newer assessment also rates ${common.nowOnly} more` : '',
  ].filter(Boolean);
  return more.length === 0 ? `${base}, the same items in each.` : `${base}; ${more.join(', and ')}, left out of both figures.`;
}
