/**
 * What the people and organizations lists show: every record in name order, or, with a filter, the
 * records NameFinder matches (up to its cap), read a page at a time from the matches' ids. The matches
 * are a live query, so an edit or a catch-up of the search index finds them again.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { EntityOf } from '../../../shared/domain/entityTables';
import { useNames, useRepos } from '../app/AppServices';
import type { ListSize } from '../ui/VirtualList';
import { namedRepository, type NamedTable } from './NameFinder';

export interface NameFilteredList<N extends NamedTable> {
  /** False while a filter's matches are still being found: the list waits for them. */
  ready: boolean;
  /** The list's size, as VirtualList takes it. */
  size: ListSize;
  /** A page of records, in list order. */
  loadPage: (offset: number, limit: number) => Promise<Array<EntityOf<N>>>;
  /** How many matches are listed when they stopped at the cap; null when none were left out. */
  cappedAt: number | null;
}

export function useNameFilteredList<N extends NamedTable>(table: N, text: string): NameFilteredList<N> {
  const repo = namedRepository(useRepos(), table);
  const names = useNames();
  const matching = useLiveQuery(
    async () => (text ? { text, ...(await names.matches(table, text)) } : null),
    [names, table, text],
  );
  const current = matching?.text === text ? matching : undefined;
  const ids = current?.ids;
  // Everything is counted by the list itself, on the table's key range.
  const loadCount = useCallback(() => repo.count(), [repo]);
  const loadPage = useCallback(
    (offset: number, limit: number) =>
      text ? repo.getMany(ids?.slice(offset, offset + limit) ?? []) : repo.list(limit, offset),
    [repo, text, ids],
  );
  return {
    ready: !text || current !== undefined,
    size: text ? { count: ids?.length } : { loadCount },
    loadPage,
    cappedAt: current?.capped ? current.ids.length : null,
  };
}
