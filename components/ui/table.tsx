import { useId, type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes } from 'react';

type TableProps = {
  /** What the table holds, for screen readers; shown when `showCaption` is set. */
  caption: ReactNode;
  showCaption?: boolean;
  head: ReactNode;
  children: ReactNode;
  className?: string;
  /**
   * Scroll sideways on narrow screens (the default). The scrolling box is a
   * named region in the tab order, so keyboard users can scroll it too. Turn
   * it off when a container around the table already scrolls.
   */
  scrollable?: boolean;
};

/** A data table that scrolls sideways on narrow screens instead of breaking the layout. */
export function Table({ caption, showCaption = false, head, children, className = '', scrollable = true }: TableProps) {
  const captionId = useId();
  const scrolling = scrollable ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {};
  return (
    <div className={`${scrollable ? 'overflow-x-auto' : ''} ${className}`} {...scrolling}>
      <table className="w-full border-collapse text-left text-sm">
        <caption id={captionId} className={showCaption ? 'mb-2 text-left font-semibold' : 'sr-only'}>
          {caption}
        </caption>
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
