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
      <table className="data-table">
        <caption id={captionId} className={showCaption ? 'mb-2 text-left font-semibold' : 'sr-only'}>
          {caption}
        </caption>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

// The cells' own look comes from `.data-table` in app/globals.css, so a long
// table does not repeat the same classes on every cell; `className` adds to it.

/** A column heading. */
export function ColumnHeader(props: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" {...props} />;
}

/** The cell that names its row. */
export function RowHeader(props: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" {...props} />;
}

export function Cell(props: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td {...props} />;
}

type ColumnHeadersProps = {
  names: readonly string[];
  /** A last column of buttons or links: its heading is for screen readers only, as the controls speak for themselves on screen. */
  controls?: string;
};

/** A row of plain column headings, by name. */
export function ColumnHeaders({ names, controls }: ColumnHeadersProps) {
  return (
    <>
      {/* A heading is known by its place: two raters may share a name. */}
      {names.map((name, index) => (
        <ColumnHeader key={index}>{name}</ColumnHeader>
      ))}
      {controls === undefined ? null : (
        <ColumnHeader>
          <span className="sr-only">{controls}</span>
        </ColumnHeader>
      )}
    </>
  );
}
