import { Badge } from '@/components/ui/badge';
import type { CompareRow } from '@/lib/domain/compare';
import { levelText } from '@/lib/domain/gap-labels';
import { changeText } from '@/lib/domain/item-history';

function sideText(side: CompareRow['then']): string {
  return side ? levelText(side.level, side.noOpportunity) : 'Not in this framework version';
}

function Evidence({ label, text }: { label: string; text: string | undefined }) {
  return (
    <div>
      <p className="text-sm font-medium">{label}</p>
      <p className="whitespace-pre-wrap break-words text-text-muted">{text || '–'}</p>
    </div>
  );
}

/**
 * One item of a comparison: its level on each side and the change, with the
 * change marked in words (colour only repeats it). Evidence written the same
 * on both sides is folded away, since there is nothing in it to compare.
 */
export function CompareItem({ row, thenName, nowName }: { row: CompareRow; thenName: string; nowName: string }) {
  const moved = row.change !== null && row.change !== 0;
  const thenEvidence = row.then?.evidence.trim() ?? '';
  const nowEvidence = row.now?.evidence.trim() ?? '';
  const headingId = `compare-${row.key}`;
  return (
    <li>
      <article
        aria-labelledby={headingId}
        data-changed={moved ? '' : undefined}
        className={`space-y-3 rounded-lg border bg-surface p-4 sm:p-5 ${moved ? 'border-accent border-l-4' : 'border-border'}`}
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id={headingId} className="text-lg font-semibold">
            {row.title}
          </h3>
          {moved ? <Badge tone={row.change! > 0 ? 'success' : 'warning'}>{row.change! > 0 ? 'Up' : 'Down'}</Badge> : null}
        </div>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
          <dt className="text-text-muted">{thenName}</dt>
          <dd>{sideText(row.then)}</dd>
          <dt className="text-text-muted">{nowName}</dt>
          <dd>{sideText(row.now)}</dd>
          <dt className="text-text-muted">Change</dt>
          <dd className={moved ? 'font-semibold' : undefined}>{changeText(row.change)}</dd>
        </dl>
        {!thenEvidence && !nowEvidence ? (
          <p className="text-sm text-text-muted">No evidence on either side.</p>
        ) : thenEvidence === nowEvidence ? (
          <details>
            <summary className="min-h-11 cursor-pointer content-center text-sm font-medium text-accent underline underline-offset-4">
              Evidence, unchanged
            </summary>
            <p className="whitespace-pre-wrap break-words text-text-muted">{nowEvidence}</p>
          </details>
        ) : (
          <div className="grid gap-3 sm:grid-cols-2">
            <Evidence label={`Evidence ${thenName}`} text={thenEvidence} />
            <Evidence label={`Evidence ${nowName}`} text={nowEvidence} />
          </div>
        )}
      </article>
    </li>
  );
}
