/**
 * Counts a VirtualList's rows as a live query, so the count follows every added or deleted row. The list
 * mounts it only once its first page is read: IndexedDB counts by walking the whole index range
 * (Chromium takes some 20 ms per 10,000 rows), and a count started first would hold up the first page's
 * reads behind it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';

export type LoadCount = () => Promise<number>;

interface VirtualListCounterProps {
  loadCount: LoadCount;
  onCount: (count: number) => void;
}

export function VirtualListCounter({ loadCount, onCount }: VirtualListCounterProps) {
  const count = useLiveQuery(loadCount, [loadCount]);
  useEffect(() => {
    if (count !== undefined) onCount(count);
  }, [count, onCount]);
  return null;
}
