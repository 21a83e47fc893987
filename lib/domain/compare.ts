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
