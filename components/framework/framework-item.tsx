import Link from 'next/link';
import type { FrameworkItemView } from '@/lib/domain/framework-view';

/** Where an item's own page is: its five levels described in full. */
export const frameworkItemHref = (key: string) => `/framework/${key}`;

type ItemSummary = Pick<FrameworkItemView, 'key' | 'title' | 'description' | 'mustHave' | 'stepUpLevel' | 'expectedLevel' | 'targetsWhy' | 'resourceNote'>;

/** The targets an item sets, and why; a version made before the two targets has none to show. */
function ItemTargets({ item }: { item: ItemSummary }) {
  if (item.stepUpLevel === null) return null;
  return (
    <p className="text-sm text-text-muted">
      Ready to step up: level {item.stepUpLevel}. Effective in the role: level {item.expectedLevel}. {item.targetsWhy}
    </p>
  );
}

/** " (must-have)" after an item's title, where the framework makes it one. */
export function MustHaveMark({ item }: { item: Pick<ItemSummary, 'mustHave'> }) {
  return item.mustHave ? <span className="font-normal text-text-muted"> (must-have)</span> : null;
}

/** Under an item's title, on the overview and on its own page: what it asks, the levels it sets and why, and a note on its reading. */
export function ItemAbout({ item, lead = false }: { item: ItemSummary; lead?: boolean }) {
  return (
    <>
      <p className={lead ? 'text-lg leading-relaxed' : 'leading-relaxed'}>{item.description}</p>
      <ItemTargets item={item} />
      {item.resourceNote ? <p className="text-sm text-text-muted">{item.resourceNote}</p> : null}
    </>
  );
}

/**
 * An item on the framework overview: what it asks and the levels it sets,
 * with a link to its own page for what each level looks like. The overview
 * stays a page a reader can scan; fifty-five level descriptions would bury it.
 */
export function FrameworkItem({ item }: { item: ItemSummary }) {
  const headingId = `item-${item.key}`;
  return (
    <article aria-labelledby={headingId} className="space-y-2 rounded-lg border border-border bg-surface p-5">
      <h3 id={headingId} className="text-lg font-semibold">
        {item.title}
        <MustHaveMark item={item} />
      </h3>
      <ItemAbout item={item} />
      <p className="pt-2 text-sm">
        <Link href={frameworkItemHref(item.key)} className="link font-medium">
          What each level looks like<span className="sr-only">: {item.title}</span>
        </Link>
      </p>
    </article>
  );
}
