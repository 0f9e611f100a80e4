/** Messages between the app and the search worker. */
import type { SearchHit, SearchScope } from './SearchIndexService';

export type SearchRequest =
  | { type: 'open' }
  | { type: 'changed' }
  | { type: 'query'; id: number; text: string; limit: number; scope?: SearchScope }
  | { type: 'cancel' }
  /** The archive's data key after an unlock, or null on lock (encryption at rest). */
  | { type: 'encryption-key'; key: Uint8Array | null };

export type SearchResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'ready'; documents: number; how: 'loaded' | 'built' }
  /** A catch-up changed the index (look-ups by name run again). */
  | { type: 'updated'; documents: number }
  | { type: 'results'; id: number; hits: SearchHit[] }
  | { type: 'failed'; message: string };
