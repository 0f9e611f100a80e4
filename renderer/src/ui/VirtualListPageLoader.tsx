/**
 * Reads one page of a VirtualList as a live query while that page is in view, and hands every result
 * (the first, and each one after a change to what it read) to the list's page cache. Rendering nothing,
 * it exists so each page's subscription starts and ends with the page's visibility, which React's own
 * mounting does for us.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';

export type LoadPage<T> = (offset: number, limit: number) => Promise<readonly T[]>;

export interface LoadedPage<T> {
  /** The loader that read it, so the cache can tell a refreshed page from one of an older query. */
  source: LoadPage<T>;
  rows: readonly T[];
}

interface VirtualListPageLoaderProps<T> {
  page: number;
  pageSize: number;
  loadPage: LoadPage<T>;
  onLoaded: (page: number, loaded: LoadedPage<T>) => void;
}

export function VirtualListPageLoader<T>({
  page,
  pageSize,
  loadPage,
  onLoaded,
}: VirtualListPageLoaderProps<T>) {
  const loaded = useLiveQuery(
    async (): Promise<LoadedPage<T>> => ({
      source: loadPage,
      rows: await loadPage(page * pageSize, pageSize),
    }),
    [loadPage, page, pageSize],
  );
  useEffect(() => {
    if (loaded) onLoaded(page, loaded);
  }, [loaded, page, onLoaded]);
  return null;
}
