/**
 * The search index of the archive: built once, persisted, and kept current by reading the outbox, so a
 * restart loads it instead of rebuilding, and a change made while the app was closed is still picked up.
 * Runs in the search worker (it also runs in Node for the tests).
 *
 * Every write marks the outbox, sync merges and restores included, so catching up from the outbox is
 * enough. The data generation is a last resort: anything that ever changed records without the outbox
 * would bump it, and an index saved under another generation is rebuilt.
 */
import type { SyncedTable } from '../../../shared/sync/change';
import { SEARCHABLE_TABLES, type SearchableTable } from '../../../shared/search/searchText';
import { indexTokens, queryTerms } from '../../../shared/search/tokenize';
import type { SearchRecord, SearchSource } from '../db/SearchSource';
import { CompactIndex, type CompactIndexData } from './engines/CompactIndex';

export interface SearchHit {
  table: SearchableTable;
  id: string;
}

/** Narrows a query to one table's records, and to those whose name matches (a look-up by name). */
export interface SearchScope {
  table: SearchableTable;
  namesOnly: boolean;
}

interface PersistedIndex {
  version: 1;
  data: CompactIndexData;
  docKeys: string[];
  outboxSeq: number;
  generation: number;
}

const PAGE = 1000;

function isPersisted(value: unknown): value is PersistedIndex {
  const v = value as PersistedIndex | undefined;
  return (
    v?.version === 1 &&
    Array.isArray(v.docKeys) &&
    v.data?.version === 1 &&
    v.data.postings instanceof Uint32Array
  );
}

function isSearchable(table: string): table is SearchableTable {
  return (SEARCHABLE_TABLES as readonly string[]).includes(table);
}

export type Progress = (done: number, total: number) => void;

export class SearchIndexService {
  private index = new CompactIndex();
  private docKeys: string[] = [];
  private docOf = new Map<string, number>();
  private outboxSeq = 0;
  private generation = 0;

  constructor(private readonly source: SearchSource) {}

  /** Loads the saved index (then catches up) or builds a new one. */
  async open(progress?: Progress, signal?: AbortSignal): Promise<'loaded' | 'built'> {
    const saved = await this.source.loadIndex();
    const generation = await this.source.dataGeneration();
    if (isPersisted(saved) && saved.generation === generation) {
      this.index = CompactIndex.import(saved.data);
      this.docKeys = saved.docKeys;
      this.docOf = new Map(
        saved.docKeys.flatMap((key, docNo): Array<[string, number]> => (key ? [[key, docNo]] : [])),
      );
      this.outboxSeq = saved.outboxSeq;
      this.generation = generation;
      await this.catchUp();
      return 'loaded';
    }
    await this.build(progress, signal);
    await this.save();
    return 'built';
  }

  /** Indexes every searchable record from scratch. */
  async build(progress?: Progress, signal?: AbortSignal): Promise<void> {
    // Read the outbox position first: anything written during the build is caught up afterwards.
    this.outboxSeq = await this.source.lastOutboxSeq();
    this.generation = await this.source.dataGeneration();
    this.index = new CompactIndex();
    this.docKeys = [];
    this.docOf.clear();
    const totals = await Promise.all(SEARCHABLE_TABLES.map((t) => this.source.count(t)));
    const total = totals.reduce((a, b) => a + b, 0);
    let done = 0;
    progress?.(0, total);
    for (const table of SEARCHABLE_TABLES) {
      let after: string | null = null;
      for (;;) {
        signal?.throwIfAborted();
        const records = await this.source.page(table, after, PAGE);
        if (records.length === 0) break;
        await this.add(records);
        after = records[records.length - 1]!.id;
        done += records.length;
        progress?.(done, total);
      }
    }
    this.index.compact();
  }

  /** Re-indexes what the outbox says changed since the index last looked. */
  async catchUp(): Promise<number> {
    if ((await this.source.dataGeneration()) !== this.generation) {
      await this.build();
      return -1;
    }
    const entries = await this.source.outboxAfter(this.outboxSeq);
    const byTable = new Map<SyncedTable, Set<string>>();
    for (const entry of entries) {
      const ids = byTable.get(entry.table) ?? new Set<string>();
      for (const id of entry.ids) ids.add(id);
      byTable.set(entry.table, ids);
      this.outboxSeq = Math.max(this.outboxSeq, entry.seq ?? 0);
    }
    let changed = 0;
    for (const [table, ids] of byTable) changed += await this.reindex(table, [...ids]);
    return changed;
  }

  /** Records matching the query, names first; at most `limit`, of `scope` when given. */
  async search(query: string, limit: number, scope?: SearchScope): Promise<SearchHit[]> {
    const prefix = scope ? `${scope.table}:` : '';
    const docs = await this.index.search(
      queryTerms(query),
      limit,
      scope
        ? { accept: (docNo) => this.docKeys[docNo]?.startsWith(prefix) ?? false, namesOnly: scope.namesOnly }
        : {},
    );
    return docs.flatMap((docNo) => {
      const key = this.docKeys[docNo];
      if (!key) return [];
      const cut = key.indexOf(':');
      return [{ table: key.slice(0, cut) as SearchableTable, id: key.slice(cut + 1) }];
    });
  }

  async save(): Promise<void> {
    const persisted: PersistedIndex = {
      version: 1,
      data: this.index.export(),
      docKeys: this.docKeys,
      outboxSeq: this.outboxSeq,
      generation: this.generation,
    };
    await this.source.saveIndex(persisted);
  }

  get documentCount(): number {
    return this.docOf.size;
  }

  private async reindex(table: SyncedTable, ids: string[]): Promise<number> {
    if (table === 'notes') return this.reindex('meetings', await this.source.meetingsOfNotes(ids));
    if (!isSearchable(table)) return 0;
    // A renamed organization changes the text of its meetings too.
    const meetings = table === 'organizations' ? await this.source.meetingsOfOrganizations(ids) : [];
    for (let i = 0; i < ids.length; i += PAGE) {
      const slice = ids.slice(i, i + PAGE);
      const gone: number[] = [];
      for (const id of slice) {
        const key = `${table}:${id}`;
        const docNo = this.docOf.get(key);
        if (docNo === undefined) continue;
        gone.push(docNo);
        this.docOf.delete(key);
        this.docKeys[docNo] = '';
      }
      await this.index.remove(gone);
      await this.add(await this.source.records(table, slice));
    }
    return ids.length + (meetings.length > 0 ? await this.reindex('meetings', meetings) : 0);
  }

  private async add(records: readonly SearchRecord[]): Promise<void> {
    const docs = records.map((record) => {
      const docNo = this.docKeys.length;
      const key = `${record.table}:${record.id}`;
      this.docKeys.push(key);
      this.docOf.set(key, docNo);
      return { docNo, nameTokens: indexTokens(record.text.name), bodyTokens: indexTokens(record.text.body) };
    });
    await this.index.add(docs);
  }
}
