/** Short codes for chart axes, by section order: a letter per section and a number per item (A1, A2, …, B1, …). */
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

/** What the codes stand for, section by section: "A1–A5: Skills to Develop; B1–B6: Behaviours to Demonstrate". */
export function describeItemCodes(items: readonly { key: string; sectionKey: string; sectionTitle: string }[]): string {
  const codes = itemCodes(items);
  const sections = [...new Set(items.map((item) => item.sectionKey))];
  return sections
    .map((sectionKey) => {
      const inSection = items.filter((item) => item.sectionKey === sectionKey);
      const first = codes.get(inSection[0]!.key);
      const last = codes.get(inSection[inSection.length - 1]!.key);
      return `${first === last ? first : `${first}–${last}`}: ${inSection[0]!.sectionTitle}`;
    })
    .join('; ');
}
