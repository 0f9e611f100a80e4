/**
 * A list read a page at a time through an index: `limit` grows by a page with each "Show more" and goes
 * back to one page when the filter changes, so no list ever reads a whole table.
 */
import { useState } from 'react';

export interface Paging {
  limit: number;
  showMore: () => void;
  reset: () => void;
}

export function usePaging(pageSize: number): Paging {
  const [pages, setPages] = useState(1);
  return {
    limit: pageSize * pages,
    showMore: () => setPages((p) => p + 1),
    reset: () => setPages(1),
  };
}
