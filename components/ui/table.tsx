import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

type TableProps = {
  /** What the table holds, for screen readers; shown when `showCaption` is set. */
  caption: ReactNode;
  showCaption?: boolean;
  head: ReactNode;
  children: ReactNode;
  className?: string;
};

/** A data table that scrolls sideways on narrow screens instead of breaking the layout. */
export function Table({ caption, showCaption = false, head, children, className = '' }: TableProps) {
  return (
    <div className={`overflow-x-auto ${className}`}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className={showCaption ? 'mb-2 text-left font-semibold' : 'sr-only'}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-border">{head}</tr>
        </thead>
        <tbody className="[&>tr]:border-b [&>tr]:border-border">{children}</tbody>
      </table>
    </div>
  );
}

/** A column heading. */
export function ColumnHeader({ className = '', ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={`py-2 pr-4 font-semibold text-text-muted last:pr-0 ${className}`} {...props} />;
}

/** The cell that names its row. */
export function RowHeader({ className = '', ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" className={`py-2.5 pr-4 text-left font-medium align-top ${className}`} {...props} />;
}

export function Cell({ className = '', ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`py-2.5 pr-4 align-top last:pr-0 ${className}`} {...props} />;
}
