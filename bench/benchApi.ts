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
  mergeChanges(round: number, changes: number, batchSize: number): Promise<MergeRound>;
}

/** One round of the sync merge case: another laptop's changes merged, merged again, and the baseline. */
export interface MergeRound {
  changes: number;
  transactions: number;
  /** ChangeApplier.apply over every batch. */
  mergeMs: number;
  written: number;
  conflicts: number;
  /** The same batches applied a second time. */
  remergeMs: number;
  rewritten: number;
  /** Raw Dexie bulkPut of the rows the merge wrote, in the same batches. */
  bulkPutMs: number;
  bulkPutRows: number;
  /** Longest main-thread task during the merge (it runs on the page's thread here, not in a worker). */
  longestTaskMs: number;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}
