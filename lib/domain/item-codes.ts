/** Short codes for chart axes: A1–A5 for the skill areas, B1–B6 for the behaviours, by section order. */
export function itemCodes(items: readonly { key: string; sectionKey: string }[]): Map<string, string> {
  const sections = [...new Set(items.map((item) => item.sectionKey))];
  const counters = new Map<string, number>();
  return new Map(
    items.map((item) => {
      const count = (counters.get(item.sectionKey) ?? 0) + 1;
      counters.set(item.sectionKey, count);
      const letter = String.fromCharCode(65 + sections.indexOf(item.sectionKey));
      return [item.key, `${letter}${count}`];
    }),
  );
}
