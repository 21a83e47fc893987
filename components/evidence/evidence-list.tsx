import type { FormAction } from '@/components/ui/action-form';
import { groupEvidenceByItem, groupEvidenceByMonth, monthLabel, type EvidenceView } from '@/lib/domain/evidence';
import { EvidenceEntry } from './evidence-entry';

type Item = { key: string; title: string; sectionTitle: string };
type Props = { entries: EvidenceView[]; items: Item[]; by: 'item' | 'month'; deleteAction: FormAction };

/** The log grouped by framework item (an entry on two items is under both) or by the month it happened. */
export function EvidenceList({ entries, items, by, deleteAction }: Props) {
  const titles = new Map(items.map((item) => [item.key, item.title]));
  const seen = new Set<string>();
  // The first appearance of an entry carries its anchor, so a link to it lands once.
  const firstTime = (id: string) => (seen.has(id) ? false : (seen.add(id), true));
  const groups =
    by === 'item'
      ? groupEvidenceByItem(
          entries,
          items.map((item) => item.key),
        ).map((group) => ({ key: group.itemKey, title: titles.get(group.itemKey) ?? group.itemKey, entries: group.entries }))
      : groupEvidenceByMonth(entries).map((group) => ({ key: group.month, title: monthLabel(group.month), entries: group.entries }));
  return (
    <div className="space-y-10">
      {groups.map((group) => {
        const headingId = `evidence-${group.key}-heading`;
        return (
          <section key={group.key} aria-labelledby={headingId} className="space-y-4">
            <h2 id={headingId} className="text-2xl font-semibold">
              {group.title}{' '}
              <span className="text-base font-normal text-text-muted">
                ({group.entries.length} {group.entries.length === 1 ? 'entry' : 'entries'})
              </span>
            </h2>
            <div className="space-y-4">
              {group.entries.map((entry) => (
                <EvidenceEntry key={entry.id} entry={entry} itemTitles={titles} deleteAction={deleteAction} anchor={firstTime(entry.id)} by={by} />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
