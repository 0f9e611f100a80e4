/**
 * What each VirtualList last showed (its pages, count and size), by the caller's `memory` key, so that coming
 * back to a list (Meetings, then Settings, then Meetings again) shows its rows in the first frame instead
 * of after a round of reads. The list's live queries read every page in view again at once and replace
 * what was remembered, so a row changed meanwhile is right a moment later. Only the last few lists are
 * kept, each with the bounded page cache the list itself keeps, within a scope (the app's repositories),
 * so another archive opened in the same page never sees them.
 */
import type { LoadedPage } from './VirtualListPageLoader';

export interface RememberedList<T> {
  pages: ReadonlyMap<number, LoadedPage<T>>;
  count: number | undefined;
  /**
   * The size of the list's scroll box when last shown. The virtualizer measures the box only after the
   * first render; starting from the last size, the first render already holds every row in view, and
   * the list is not rendered a second time before the first paint.
   */
  rect?: { width: number; height: number } | undefined;
}

/** Names a list and its query within a scope object. */
export interface MemoryKey {
  scope: object;
  key: string;
}

const MAX_LISTS = 8;
const scopes = new WeakMap<object, Map<string, RememberedList<unknown>>>();

export const VirtualListMemory = {
  recall<T>({ scope, key }: MemoryKey): RememberedList<T> | undefined {
    return scopes.get(scope)?.get(key) as RememberedList<T> | undefined;
  },

  remember<T>({ scope, key }: MemoryKey, list: RememberedList<T>): void {
    let lists = scopes.get(scope);
    if (!lists) scopes.set(scope, (lists = new Map()));
    // A Map keeps insertion order: deleting first makes this the most recent, and the oldest goes first.
    lists.delete(key);
    lists.set(key, list as RememberedList<unknown>);
    for (const oldest of lists.keys()) {
      if (lists.size <= MAX_LISTS) break;
      lists.delete(oldest);
    }
  },
};
