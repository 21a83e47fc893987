/** Short codes for the CSV and the PDF's item pages (charts name items instead, see item-names.ts), by section order: a letter per section and a number per item (A1, A2, …, B1, …). */
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
