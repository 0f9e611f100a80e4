/**
 * The one virtualized list every long list uses (meetings, people, organizations, agreements,
 * follow-ups), so each stays instant at 100,000 rows: only the rows in view, plus a few either side, are
 * in the DOM, and rows are read a page at a time through an index.
 *
 * Semantics: a table, because every long list has columns. The scroll container is the table, its header
 * row sticks to the top, `aria-rowcount` gives the size of the whole list and each row's `aria-rowindex`
 * its place in it, so assistive technology knows a row is 40,001 of 100,001 although only twenty exist.
 * `data-count` carries the number of rows for tests and the benchmark. While the count is still being
 * read, the first page's rows show already, and `aria-rowcount` is -1 (unknown).
 *
 * Data: `loadPage(offset, limit)` reads a page; the pages in view (and half a page either side) are read
 * as live queries, so an edit re-reads the pages that show it. Pages out of view stay cached, up to a
 * bound, and are read again when they come back. A new `loadPage` for the same list (its inputs changed)
 * re-reads the pages in view in place; give the list a new React `key` when the query itself changes
 * (another filter), so that it starts again at the top.
 *
 * Keyboard: Tab reaches the links and controls in the rows; the table itself takes focus, and PageUp,
 * PageDown, Home and End scroll it. The row holding focus stays rendered when it scrolls out of view, so
 * focus is never dropped to the page.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualListCounter, type LoadCount } from './VirtualListCounter';
import { VirtualListMemory, type MemoryKey } from './VirtualListMemory';
import { VirtualListPageLoader, type LoadedPage, type LoadPage } from './VirtualListPageLoader';
import { VirtualListRow, type VirtualColumn } from './VirtualListRow';

export type { VirtualColumn } from './VirtualListRow';
export type { LoadPage } from './VirtualListPageLoader';
export type { LoadCount } from './VirtualListCounter';
export type { MemoryKey } from './VirtualListMemory';

/** Height of the sticky header row, in pixels; rows start below it. */
export const HEADER_HEIGHT = 40;
const DEFAULT_PAGE_SIZE = 50;
/** Rows rendered beyond each edge of the view, so a short scroll or a Tab shows no gap. */
const OVERSCAN = 8;
/** Pages kept in memory when out of view, beyond those in view. */
const MAX_CACHED_PAGES = 12;

/**
 * The size of the list: known already (`count`, undefined while the caller reads it), or counted by the
 * list itself (`loadCount`, a live query started once the first page is read).
 */
export type ListSize =
  { count: number | undefined; loadCount?: never } | { loadCount: LoadCount; count?: never };

type VirtualListProps<T> = ListSize & {
  /** The id of the visible heading that names the list… */
  labelledBy?: string;
  /** …or its name, when no heading names it. */
  label?: string;
  columns: readonly VirtualColumn[];
  loadPage: LoadPage<T>;
  /** Shown instead of the table when the list has no rows. */
  empty?: ReactNode;
  /** Every row has this height, in pixels; the stylesheet keeps content within it. */
  rowHeight: number;
  /** The content of each cell of a row, in column order. Keep it stable (useCallback): rows are memoized. */
  renderRow: (row: T) => ReactNode[];
  rowClassName?: (row: T) => string | undefined;
  pageSize?: number;
  className?: string;
  /**
   * Names this list (with its query) so that it shows what it showed last when it is opened again,
   * while it reads its rows anew (see VirtualListMemory).
   */
  memory?: MemoryKey;
};

interface PageCache<T> {
  source: LoadPage<T> | null;
  pages: ReadonlyMap<number, LoadedPage<T>>;
}

function isFormField(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/**
 * How many rows the first frame can show. The virtualizer lays out every row of its list before it
 * renders one (an entry and two numbers per row: about 10 ms at 100,000 rows, each time a list opens),
 * and a list always opens at its top: the first frame gets a virtualizer over the rows a window (or the
 * list's box, as last seen) can show, and the whole list follows right after the paint, as the rows
 * beyond the view's edge do.
 */
function firstFrameRows(rowHeight: number, rememberedHeight = 0): number {
  const tallest = Math.max(window.screen.height, window.innerHeight, rememberedHeight);
  return Math.ceil(tallest / rowHeight) + 1;
}

/** The pages holding rows `first`…`last` and half a page either side, so scrolling on finds them read. */
function pagesAround(first: number, last: number, count: number, pageSize: number): number[] {
  const margin = Math.floor(pageSize / 2);
  const from = Math.floor(Math.max(0, first - margin) / pageSize);
  const to = Math.floor(Math.min(count - 1, last + margin) / pageSize);
  const pages: number[] = [];
  for (let page = from; page <= to; page++) pages.push(page);
  return pages;
}

/** Keeps the pages in view, and of the others the nearest ones, up to the bound. */
function trimCache<T>(pages: Map<number, LoadedPage<T>>, inView: readonly number[]): void {
  if (pages.size <= MAX_CACHED_PAGES + inView.length) return;
  const centre = inView.length ? (inView[0]! + inView[inView.length - 1]!) / 2 : 0;
  const far = [...pages.keys()]
    .filter((page) => !inView.includes(page))
    .sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
  for (const page of far.slice(0, pages.size - MAX_CACHED_PAGES - inView.length)) pages.delete(page);
}

export function VirtualList<T>({
  labelledBy,
  label,
  columns,
  count: givenCount,
  loadCount,
  loadPage,
  empty,
  rowHeight,
  renderRow,
  rowClassName,
  pageSize = DEFAULT_PAGE_SIZE,
  className,
  memory,
}: VirtualListProps<T>) {
  const { t } = useTranslation();
  const loadingLabel = t('common.loading');
  const scrollRef = useRef<HTMLDivElement>(null);
  const [recalled] = useState(() => (memory ? VirtualListMemory.recall<T>(memory) : undefined));
  const [cache, setCache] = useState<PageCache<T>>(() => ({
    source: null,
    pages: recalled?.pages ?? new Map(),
  }));
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  // The last count read stays until the next arrives, so a live recount never collapses the scroll.
  const [counted, setCounted] = useState<number | undefined>(recalled?.count);
  const [firstPageRead, setFirstPageRead] = useState(false);
  // What the first frame does not show waits until it is painted: a list shown from memory starts its
  // live reads then (the remembered rows are on screen at once, and the subscriptions, a transaction
  // each, no longer hold up that frame), and every list renders the rows beyond the edge of its view
  // then (they cannot be scrolled to before the next frame, and were nearly half the first render), and
  // lays out all its rows then (see firstFrameRows).
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const live = recalled === undefined || painted;
  const count = givenCount ?? counted;
  const firstPage = cache.pages.get(0)?.rows;
  // Until the count is known, the rows of the first page are shown: Chromium counts by walking the whole
  // index range, which takes far longer on a large archive than reading the first page.
  const total = count ?? firstPage?.length ?? 0;
  const isEmpty = count === 0 || (count === undefined && firstPage?.length === 0);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex === null || focusedIndex >= range.count || indexes.includes(focusedIndex))
        return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  // The React Compiler is not used here, so its warning about the virtualizer's unstable functions does
  // not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: painted ? total : Math.min(total, firstFrameRows(rowHeight, recalled?.rect?.height)),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: painted ? OVERSCAN : 0,
    scrollMargin: HEADER_HEIGHT,
    rangeExtractor,
    ...(recalled?.rect ? { initialRect: recalled.rect } : {}),
  });
  const items = virtualizer.getVirtualItems();
  const range = virtualizer.range;
  // Until the count is known, the first page is read already, alongside the count. The focused row's
  // page stays read, so the row keeps its content (and focus) wherever the list is scrolled.
  const inView =
    count === undefined
      ? [0]
      : range && total > 0
        ? pagesAround(range.startIndex, range.endIndex, total, pageSize)
        : [];
  const focusedPage =
    focusedIndex !== null && focusedIndex < total ? Math.floor(focusedIndex / pageSize) : null;
  if (focusedPage !== null && !inView.includes(focusedPage)) inView.unshift(focusedPage);
  const inViewKey = inView.join(',');

  const inViewRef = useRef(inView);
  useEffect(() => {
    inViewRef.current = inViewKey ? inViewKey.split(',').map(Number) : [];
  }, [inViewKey]);

  const onLoaded = useCallback((page: number, loaded: LoadedPage<T>, prefetched = false) => {
    if (page === 0) setFirstPageRead(true);
    setCache((previous) => {
      // The live read of a page wins over its early read, whichever arrives last.
      if (prefetched && previous.source === loaded.source && previous.pages.has(page)) return previous;
      const pages = new Map(previous.pages);
      if (previous.source !== loaded.source) {
        // Another loader: pages out of view were read by the old one and are dropped; those in view
        // show until their own new read replaces them.
        for (const cached of pages.keys()) if (!inViewRef.current.includes(cached)) pages.delete(cached);
      }
      pages.set(page, loaded);
      trimCache(pages, inViewRef.current);
      return { source: loaded.source, pages };
    });
  }, []);

  // The first page is read as soon as the list is in the DOM, before the browser paints it: its live
  // query starts only after the paint, a frame later.
  const prefetched = useRef(false);
  useLayoutEffect(() => {
    if (prefetched.current || recalled?.pages.has(0)) return;
    prefetched.current = true;
    void loadPage(0, pageSize).then((rows) => onLoaded(0, { source: loadPage, rows }, true));
  }, [loadPage, pageSize, onLoaded, recalled]);

  const memoryScope = memory?.scope;
  const memoryKey = memory?.key;
  const rect = virtualizer.scrollRect;
  const width = rect?.width;
  const height = rect?.height;
  useEffect(() => {
    if (memoryScope && memoryKey !== undefined)
      VirtualListMemory.remember(
        { scope: memoryScope, key: memoryKey },
        {
          pages: cache.pages,
          count,
          rect: width !== undefined && height !== undefined ? { width, height } : undefined,
        },
      );
  }, [memoryScope, memoryKey, cache, count, width, height]);

  const rowAt = (index: number): T | undefined =>
    cache.pages.get(Math.floor(index / pageSize))?.rows[index % pageSize];

  const scrollBy = (event: KeyboardEvent<HTMLDivElement>) => {
    const element = scrollRef.current;
    if (!element || isFormField(event.target)) return;
    const view = element.clientHeight - HEADER_HEIGHT;
    const page = Math.max(rowHeight, view - rowHeight);
    const end = Math.max(0, HEADER_HEIGHT + total * rowHeight - element.clientHeight);
    const target =
      event.key === 'PageDown'
        ? element.scrollTop + page
        : event.key === 'PageUp'
          ? element.scrollTop - page
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? end
              : null;
    if (target === null) return;
    event.preventDefault();
    element.scrollTop = Math.min(end, Math.max(0, target));
  };

  const trackFocus = (target: EventTarget | null) => {
    const row = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-index]') : null;
    const index = row && scrollRef.current?.contains(row) ? Number(row.dataset['index']) : null;
    setFocusedIndex(index);
  };

  const style = { '--virtual-columns': columns.map((c) => c.width).join(' ') } as CSSProperties;
  const hidden = live && (
    <>
      {inView.map((page) => (
        <VirtualListPageLoader
          key={page}
          page={page}
          pageSize={pageSize}
          loadPage={loadPage}
          onLoaded={onLoaded}
        />
      ))}
      {loadCount && firstPageRead && <VirtualListCounter loadCount={loadCount} onCount={setCounted} />}
    </>
  );
  if (isEmpty)
    return (
      <>
        {empty}
        {hidden}
      </>
    );
  return (
    <>
      <div
        ref={scrollRef}
        role="table"
        aria-labelledby={labelledBy}
        aria-label={label}
        aria-rowcount={count === undefined ? -1 : total + 1}
        aria-busy={count === undefined || undefined}
        data-testid="virtual-list"
        data-count={count}
        className={className ? `virtual-list ${className}` : 'virtual-list'}
        style={style}
        tabIndex={0}
        onKeyDown={scrollBy}
        onFocus={(event) => trackFocus(event.target)}
        onBlur={(event) => trackFocus(event.relatedTarget)}
      >
        <div role="rowgroup" className="virtual-header" style={{ height: HEADER_HEIGHT }}>
          <div role="row" aria-rowindex={1} className="virtual-header-row">
            {columns.map((column) => (
              <div key={column.id} role="columnheader" className="virtual-cell">
                {column.header}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="virtual-body" style={{ height: total * rowHeight }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <VirtualListRow
                key={item.index}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                height={rowHeight}
                row={row}
                columns={columns}
                renderRow={renderRow}
                rowClassName={rowClassName}
                loadingLabel={loadingLabel}
              />
            );
          })}
        </div>
      </div>
      {hidden}
    </>
  );
}
