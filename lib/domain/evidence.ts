// Evidence entries as lists and as text: pure, for the list page, the
// assessment's "Add to evidence" and their tests.

/** An entry as the pages show it. `occurredOn` is a calendar day, midnight UTC. */
export type EvidenceView = {
  id: string;
  occurredOn: Date;
  text: string;
  url: string | null;
  itemKeys: string[];
  goal: { id: string; action: string } | null;
  createdAt: Date;
};

type Dated = { occurredOn: Date; createdAt: Date };

/** Newest first; entries of one day in the order they were written, newest first too. */
export function compareNewestFirst(a: Dated, b: Dated): number {
  return b.occurredOn.getTime() - a.occurredOn.getTime() || b.createdAt.getTime() - a.createdAt.getTime();
}

/**
 * Entries under each item they were logged against, in framework order (keys
 * the framework no longer has come last, by key). An entry on two items is in
 * both groups: it is evidence for each.
 */
export function groupEvidenceByItem<T extends Dated & { itemKeys: string[] }>(entries: readonly T[], itemKeys: readonly string[]): { itemKey: string; entries: T[] }[] {
  const order = new Map(itemKeys.map((key, index) => [key, index]));
  const groups = new Map<string, T[]>();
  for (const entry of entries) for (const key of entry.itemKeys) groups.set(key, [...(groups.get(key) ?? []), entry]);
  return [...groups.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b))
    .map(([itemKey, list]) => ({ itemKey, entries: [...list].sort(compareNewestFirst) }));
}

/** "2026-11" for a day: the key of its calendar month. */
export function monthKey(day: Date): string {
  return day.toISOString().slice(0, 7);
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "November 2026" for "2026-11". */
export function monthLabel(key: string): string {
  return monthFormat.format(new Date(`${key}-01T00:00:00.000Z`));
}

/** Entries by the month they happened in, newest month first. */
export function groupEvidenceByMonth<T extends Dated>(entries: readonly T[]): { month: string; entries: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const entry of [...entries].sort(compareNewestFirst)) {
    const key = monthKey(entry.occurredOn);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.entries()].map(([month, list]) => ({ month, entries: list }));
}

/** An entry as one paragraph of an assessment's evidence box: its date, what happened and its link. */
export function evidenceParagraph(entry: { occurredOn: string; text: string; url: string | null }): string {
  return `${entry.occurredOn}: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`;
}

/**
 * The evidence box with an entry added at the end, or null when it would not
 * fit within `max` characters. A blank line separates it from what is there.
 */
export function appendEvidence(current: string, paragraph: string, max: number): string | null {
  const trimmed = current.replace(/\s+$/, '');
  const next = trimmed ? `${trimmed}\n\n${paragraph}` : paragraph;
  return next.length <= max ? next : null;
}

/** Whether the evidence box already holds the entry's paragraph (added before). */
export function holdsParagraph(current: string, paragraph: string): boolean {
  return current.includes(paragraph);
}
