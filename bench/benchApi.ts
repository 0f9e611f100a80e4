/**
 * The contract between bench/run.ts (Node) and the benchmark page (Chromium): what `window.bench`
 * offers, so both sides typecheck against one definition.
 */
import type { GoldQuery } from '../shared/search/goldQueries';

export type EngineName = 'compact' | 'flexsearch' | 'minisearch' | 'dexie-multientry';

export interface BenchApi {
  reset(): Promise<void>;
  importArchive(
    scale: number,
    chunkSize: number,
  ): Promise<{ records: number; milliseconds: number; transactions: number; maxLongTask: number }>;
  rawPut(
    scale: number,
    chunkSize: number,
  ): Promise<{ records: number; milliseconds: number; transactions: number }>;
  prepareApp(): Promise<{ eventId: string }>;
  prepareEmptyApp(): Promise<void>;
  firstPage(eventId: string, iterations: number): Promise<{ repo: number[]; raw: number[] }>;
  loadCorpus(goldPerKind: number): Promise<{ documents: number; gold: GoldQuery[] }>;
  searchEngine(
    name: EngineName,
    gold: GoldQuery[],
    limit: number,
  ): Promise<{
    buildMs: number;
    heapBytes: number;
    externalBytes: number;
    samples: number[];
    recall: number;
    /** Saving and loading the index (compact and FlexSearch, which keep it in memory). */
    persistMs: number | null;
    restoreMs: number | null;
  }>;
  searchProduct(gold: GoldQuery[]): Promise<{ openMs: number; samples: number[] }>;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}
