import Link from 'next/link';
import { PLAN_FILTERS, PLAN_ORDERS, type PlanFilter, type PlanOrder } from '@/lib/domain/plan-view';

const FILTER_LABELS: Record<PlanFilter, string> = { all: 'All', open: 'Open', overdue: 'Overdue', done: 'Done' };
const ORDER_LABELS: Record<PlanOrder, string> = { item: 'By item', due: 'By due date' };

/** The plan's address for a filter and an order; the defaults are left out, so the plain /plan is the default view. */
export function planHref(show: PlanFilter, sort: PlanOrder): string {
  const query = new URLSearchParams();
  if (show !== 'all') query.set('show', show);
  if (sort !== 'item') query.set('sort', sort);
  const search = query.toString();
  return search ? `/plan?${search}` : '/plan';
}

const linkClasses = (current: boolean) =>
  `inline-flex min-h-11 items-center rounded-md border px-3 ${current ? 'border-accent bg-accent-muted font-semibold' : 'border-border underline underline-offset-4'}`;

type Props = { show: PlanFilter; sort: PlanOrder; counts: Record<PlanFilter, number> };

/** Links, not a form: each view has an address to come back to, and works before any script has loaded. */
export function PlanFilters({ show, sort, counts }: Props) {
  return (
    <div className="flex flex-wrap gap-x-8 gap-y-3">
      <nav aria-label="Show goals">
        <ul className="flex flex-wrap gap-2">
          {PLAN_FILTERS.map((filter) => (
            <li key={filter}>
              <Link href={planHref(filter, sort)} aria-current={filter === show ? 'page' : undefined} className={linkClasses(filter === show)}>
                {FILTER_LABELS[filter]} ({counts[filter]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Order goals">
        <ul className="flex flex-wrap gap-2">
          {PLAN_ORDERS.map((order) => (
            <li key={order}>
              <Link href={planHref(show, order)} aria-current={order === sort ? 'page' : undefined} className={linkClasses(order === sort)}>
                {ORDER_LABELS[order]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
