/**
 * One row of a VirtualList, placed at its offset in the full list, or the same-height placeholder while
 * its page is read. Memoized: scrolling moves the window, and only rows entering it render.
 */
import { memo, type ReactNode } from 'react';

export interface VirtualColumn {
  id: string;
  header: string;
  /** A CSS grid track for the column: '9rem', 'minmax(12rem, 2fr)'. */
  width: string;
  className?: string;
}

interface VirtualListRowProps<T> {
  index: number;
  /** Offset of the row's top from the first row, in pixels. */
  top: number;
  height: number;
  /** Undefined while the row's page is being read. */
  row: T | undefined;
  columns: readonly VirtualColumn[];
  /** The content of each cell, in column order. */
  renderRow: (row: T) => ReactNode[];
  rowClassName?: ((row: T) => string | undefined) | undefined;
  /**
   * The placeholder's text, translated once by the list: each useTranslation copies the i18n instance
   * when it mounts, and a list mounts dozens of rows at once.
   */
  loadingLabel: string;
}

function VirtualListRowImpl<T>({
  index,
  top,
  height,
  row,
  columns,
  renderRow,
  rowClassName,
  loadingLabel,
}: VirtualListRowProps<T>) {
  const style = { height, transform: `translateY(${top}px)` };
  // aria-rowindex counts from 1, and the header row is 1.
  const rowIndex = index + 2;
  if (row === undefined) {
    return (
      <div
        role="row"
        aria-rowindex={rowIndex}
        aria-busy="true"
        className="virtual-row virtual-placeholder"
        data-index={index}
        style={style}
      >
        <div role="cell" aria-colspan={columns.length} className="virtual-cell muted">
          {loadingLabel}
        </div>
      </div>
    );
  }
  const cells = renderRow(row);
  const extra = rowClassName?.(row);
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className={extra ? `virtual-row ${extra}` : 'virtual-row'}
      data-testid="virtual-row"
      data-index={index}
      style={style}
    >
      {columns.map((column, i) => (
        <div
          key={column.id}
          role="cell"
          className={column.className ? `virtual-cell ${column.className}` : 'virtual-cell'}
        >
          {cells[i]}
        </div>
      ))}
    </div>
  );
}

export const VirtualListRow = memo(VirtualListRowImpl) as typeof VirtualListRowImpl;
