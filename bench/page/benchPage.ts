/**
 * The in-browser half of the benchmark: runs each case against the real app code in headless Chromium
 * with a persistent profile and strict durability, and returns raw samples to bench/run.ts, which
 * computes the statistics and writes the report.
 */
import { createAppServices } from '../../renderer/src/app/createAppServices';
import { ChangeCapture } from '../../renderer/src/db/ChangeCapture';
import { createRepositories } from '../../renderer/src/db/repositories/createRepositories';
import { ChangeApplier } from '../../renderer/src/db/sync/ChangeApplier';
import { changeFromStored, storedFromRow } from '../../renderer/src/db/sync/storedRecords';
import { LiaisonDatabase, openDatabase, DATABASE_NAME } from '../../renderer/src/db/LiaisonDatabase';
import { SearchSource } from '../../renderer/src/db/SearchSource';
import type { ImportResponse } from '../../renderer/src/importing/syntheticImportProtocol';
import { createWebPlatform } from '../../renderer/src/platform/createWebPlatform';
import { describeHits } from '../../renderer/src/search/describeHits';
import { CompactIndex } from '../../renderer/src/search/engines/CompactIndex';
import type { IndexedDocument, SearchEngine } from '../../renderer/src/search/engines/SearchEngine';
import { SearchClient, workerChannel } from '../../renderer/src/search/SearchClient';
import { SEARCHABLE_TABLES } from '../../shared/search/searchText';
import { buildGoldQueries, type GoldQuery } from '../../shared/search/goldQueries';
import { ulid } from '../../shared/domain/ulid';
import { LINEAGE_LIMIT, type Change, type FieldChange } from '../../shared/sync/change';
import { HybridLogicalClock } from '../../shared/sync/hybridLogicalClock';
import { indexTokens, matchesTokens, queryTerms } from '../../shared/search/tokenize';
import type { BenchApi, EngineName, MergeRound } from '../benchApi';
import { DexieTokenEngine } from '../engines/DexieTokenEngine';
import { FlexSearchEngine } from '../engines/FlexSearchEngine';
import { MiniSearchEngine } from '../engines/MiniSearchEngine';

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const heap = () => {
  window.gc?.();
  return performance.memory?.usedJSHeapSize ?? 0;
};

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

/** Vite bundles a worker only when it sees `new Worker(new URL(…))` written out, so callers create it. */
function runWorker<T>(
  worker: Worker,
  message: unknown,
  onMessage: (data: T, finish: (value: T) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.onerror = (e) => reject(new Error(e.message));
    worker.onmessage = (event: MessageEvent<T>) =>
      onMessage(event.data, (value) => {
        worker.terminate();
        resolve(value);
      });
    worker.postMessage(message);
  });
}

/** Documents for the engine comparison: every searchable record, tokenized once. */
let corpus: Array<{ key: string; doc: IndexedDocument; tokens: Set<string> }> = [];

const bench: BenchApi = {
  async reset(): Promise<void> {
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(DATABASE_NAME);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  },

  /** The product import (worker, validation, index keys, change capture), watching the main thread. */
  async importArchive(scale: number, chunkSize: number) {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => longTasks.push(e.duration)),
    );
    observer.observe({ type: 'longtask', buffered: false });
    const result = await runWorker<ImportResponse>(
      new Worker(new URL('../../renderer/src/importing/syntheticImportWorker.ts', import.meta.url), {
        type: 'module',
      }),
      { type: 'start', seed: 42, scale, chunkSize },
      (data, finish) => {
        if (data.type === 'done' || data.type === 'failed' || data.type === 'cancelled') finish(data);
      },
    );
    observer.disconnect();
    if (result.type !== 'done') throw new Error(`import ended: ${JSON.stringify(result)}`);
    return {
      records: result.done,
      milliseconds: result.milliseconds,
      transactions: result.transactions,
      maxLongTask: Math.max(0, ...longTasks),
    };
  },

  async rawPut(scale: number, chunkSize: number) {
    return runWorker<{ records: number; milliseconds: number; transactions: number }>(
      new Worker(new URL('./rawPutWorker.ts', import.meta.url), { type: 'module' }),
      { scale, chunkSize },
      (data, finish) => finish(data),
    );
  },

  /** Signs the app in as the first delegate and makes the busiest event current. */
  async prepareApp(): Promise<{ eventId: string }> {
    const db = await openDatabase(new LiaisonDatabase());
    const services = await createAppServices(db, createWebPlatform(), { languages: ['en'] });
    const [delegate] = await services.repos.people.delegates(1);
    const [event] = await services.repos.events.list(1);
    await services.settings.getState().update('selfPersonId', delegate!.id);
    await services.settings.getState().update('currentEventId', event!.id);
    db.close();
    return { eventId: event!.id };
  },

  /** On an empty archive: only a representative, so the app opens its (empty) meeting list. */
  async prepareEmptyApp(): Promise<void> {
    const db = await openDatabase(new LiaisonDatabase());
    const services = await createAppServices(db, createWebPlatform(), { languages: ['en'] });
    const me = await services.repos.people.create({
      name: 'Bench User',
      nativeName: '',
      title: '',
      organizationId: null,
      email: '',
      phone: '',
      isDelegate: true,
      notes: '',
    });
    await services.settings.getState().update('selfPersonId', me.id);
    db.close();
  },

  /** First page (50 rows) of an event's meetings: repository vs raw IndexedDB cursor on the same index. */
  async firstPage(eventId: string, iterations: number) {
    const db = await openDatabase(new LiaisonDatabase());
    const services = await createAppServices(db, createWebPlatform(), { languages: ['en'] });
    const repo: number[] = [];
    const raw: number[] = [];
    const idb = db.backendDB();
    for (let i = 0; i < iterations; i++) {
      const [ms, rows] = await time(() => services.repos.meetings.forEventNewestFirst(eventId, 50));
      if (rows.length !== 50) throw new Error(`expected 50 rows, got ${rows.length}`);
      repo.push(ms);
      const [rawMs] = await time(
        () =>
          new Promise<unknown[]>((resolve, reject) => {
            const out: unknown[] = [];
            const range = IDBKeyRange.bound([eventId, 0], [eventId, Number.MAX_SAFE_INTEGER]);
            const request = idb
              .transaction('meetings')
              .objectStore('meetings')
              .index('[eventId+startsAt]')
              .openCursor(range, 'prev');
            request.onsuccess = () => {
              const cursor = request.result;
              if (cursor && out.length < 50) {
                out.push(cursor.value);
                cursor.continue();
              } else resolve(out);
            };
            request.onerror = () => reject(request.error);
          }),
      );
      raw.push(rawMs);
    }
    db.close();
    return { repo, raw };
  },

  /** Loads and tokenizes every searchable record once, and draws the gold queries. */
  async loadCorpus(goldPerKind: number): Promise<{ documents: number; gold: GoldQuery[] }> {
    const db = await openDatabase(new LiaisonDatabase());
    const source = new SearchSource(db);
    corpus = [];
    for (const table of SEARCHABLE_TABLES) {
      for (let after: string | null = null; ;) {
        const page = await source.page(table, after, 2000);
        if (page.length === 0) break;
        for (const record of page) {
          const nameTokens = indexTokens(record.text.name);
          const bodyTokens = indexTokens(record.text.body);
          corpus.push({
            key: `${record.table}:${record.id}`,
            doc: { docNo: corpus.length, nameTokens, bodyTokens },
            tokens: new Set([...nameTokens, ...bodyTokens]),
          });
        }
        after = page.at(-1)!.id;
      }
    }
    db.close();
    const texts = corpus.map((c) => ({ key: c.key, text: [...c.tokens].join(' ') }));
    return { documents: corpus.length, gold: buildGoldQueries(texts, goldPerKind) };
  },

  /** Builds one engine over the corpus, times the gold queries, and checks recall against a scan. */
  async searchEngine(name: EngineName, gold: GoldQuery[], limit: number) {
    const before = heap();
    const engine: SearchEngine =
      name === 'compact'
        ? new CompactIndex()
        : name === 'flexsearch'
          ? new FlexSearchEngine()
          : name === 'minisearch'
            ? new MiniSearchEngine()
            : new DexieTokenEngine('liaison-bench-tokens');
    const [buildMs] = await time(async () => {
      for (let i = 0; i < corpus.length; i += 2000)
        await engine.add(corpus.slice(i, i + 2000).map((c) => c.doc));
      if (engine instanceof CompactIndex) engine.compact();
    });
    const heapBytes = heap() - before;
    const externalBytes = engine instanceof CompactIndex ? engine.export().postings.byteLength : 0;
    const samples: number[] = [];
    let complete = 0;
    let checked = 0;
    for (const query of gold) {
      const terms = queryTerms(query.query);
      const [ms, found] = await time(() => engine.search(terms, limit));
      samples.push(ms);
      const truth = corpus.filter((c) => matchesTokens(c.tokens, terms));
      checked++;
      const foundSet = new Set(found);
      const expected =
        truth.length <= limit ? truth.every((c) => foundSet.has(c.doc.docNo)) : found.length === limit;
      if (expected && found.every((docNo) => matchesTokens(corpus[docNo]!.tokens, terms))) complete++;
    }
    if (engine instanceof DexieTokenEngine) await engine.clear();
    // Saving and loading the index, as the app does across restarts (structuredClone stands for the
    // copy IndexedDB makes).
    let persistMs: number | null = null;
    let restoreMs: number | null = null;
    if (engine instanceof CompactIndex) {
      const [saveMs, saved] = await time(async () => structuredClone(engine.export()));
      [restoreMs] = await time(async () => CompactIndex.import(structuredClone(saved)));
      persistMs = saveMs;
    } else if (engine instanceof FlexSearchEngine) {
      const [saveMs, saved] = await time(async () => structuredClone(await engine.persist()));
      [restoreMs] = await time(async () => FlexSearchEngine.restore(structuredClone(saved)));
      persistMs = saveMs;
    }
    return {
      buildMs,
      heapBytes,
      externalBytes,
      samples,
      recall: checked === 0 ? 0 : complete / checked,
      persistMs,
      restoreMs,
    };
  },

  /** The product path: the search worker, then reading the top records for display. */
  async searchProduct(gold: GoldQuery[]) {
    const db = await openDatabase(new LiaisonDatabase());
    const services = await createAppServices(db, createWebPlatform(), { languages: ['en'] });
    const client = new SearchClient(workerChannel());
    const [openMs] = await time(
      () =>
        new Promise<void>((resolve, reject) => {
          const unsubscribe = client.status.subscribe((s) => {
            if (s.state === 'ready') {
              unsubscribe();
              resolve();
            }
            if (s.state === 'failed') reject(new Error(s.message ?? 'search failed'));
          });
          client.start();
        }),
    );
    const samples: number[] = [];
    for (const query of gold) {
      const [ms] = await time(async () => describeHits(services.repos, await client.search(query.query, 50)));
      samples.push(ms);
    }
    db.close();
    return { openMs, samples };
  },

  /**
   * Another laptop's changes merged into the archive, as a sync pull does: half are edits of existing
   * meetings (new minutes that replace the old ones, having seen them, and a new room), half are new
   * meetings; each carries the record's whole state with a stamp per field, as OutgoingChanges sends it.
   * Each round touches different meetings. Then the same batches again (nothing to write), and the
   * baseline: a raw Dexie bulkPut (no merge, no outbox, no validation) of the rows the merge wrote, in
   * the same batches, one strict transaction each.
   */
  async mergeChanges(round: number, count: number, batchSize: number): Promise<MergeRound> {
    const db = await openDatabase(new LiaisonDatabase());
    const capture = await ChangeCapture.load(db);
    const applier = new ChangeApplier(db, capture, createRepositories(db, capture));
    const peer = new HybridLogicalClock(`benchpeer${round}`);
    peer.receive(capture.clock.current());

    const templates = (await db.meetings
      .orderBy('id')
      .offset(round * count)
      .limit(count)
      .toArray()) as unknown as Array<Record<string, unknown> & Parameters<typeof storedFromRow>[0]>;
    if (templates.length < count) throw new Error(`only ${templates.length} meetings to build changes from`);
    const edits = Math.floor(count / 2);
    const changes: Change[] = templates.map((row, i): Change => {
      const current = changeFromStored('meetings', row['id'] as string, storedFromRow(row));
      if (current.op !== 'upsert') throw new Error('a live row became a delete');
      const stamp = peer.now();
      if (i < edits) {
        const minutes = current.fields['minutes']!;
        const lineage = [minutes.hlc, ...(minutes.lineage ?? [])].slice(0, LINEAGE_LIMIT);
        return {
          ...current,
          fields: {
            ...current.fields,
            minutes: { value: `${String(minutes.value)}\nRevised after the visit.`, hlc: stamp, lineage },
            location: { value: `Meeting Room ${(i % 9) + 1}`, hlc: stamp },
          },
        };
      }
      const fields: Record<string, FieldChange> = {};
      for (const [field, change] of Object.entries(current.fields))
        fields[field] = { value: change.value, hlc: stamp };
      return { table: 'meetings', id: ulid(), op: 'upsert', fields };
    });
    const batches: Change[][] = [];
    for (let i = 0; i < changes.length; i += batchSize) batches.push(changes.slice(i, i + batchSize));

    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => longTasks.push(e.duration)),
    );
    observer.observe({ type: 'longtask', buffered: false });
    let written = 0;
    let conflicts = 0;
    const [mergeMs] = await time(async () => {
      for (const batch of batches) {
        const result = await applier.apply(batch, 'bench-peer');
        written += result.written;
        conflicts += result.conflicts;
      }
    });
    observer.disconnect();
    let rewritten = 0;
    const [remergeMs] = await time(async () => {
      for (const batch of batches) rewritten += (await applier.apply(batch, 'bench-peer')).written;
    });

    const rows: unknown[][] = [];
    for (const batch of batches) {
      const found = await db.meetings.bulkGet(batch.map((c) => c.id));
      rows.push(found.filter((row) => row !== undefined));
    }
    const [bulkPutMs] = await time(async () => {
      for (const batch of rows) {
        await db.transaction('rw', db.meetings, () => db.meetings.bulkPut(batch as never[]));
      }
    });
    db.close();
    return {
      changes: changes.length,
      transactions: batches.length,
      mergeMs,
      written,
      conflicts,
      remergeMs,
      rewritten,
      bulkPutMs,
      bulkPutRows: rows.reduce((n, batch) => n + batch.length, 0),
      longestTaskMs: Math.max(0, ...longTasks),
    };
  },
};

window.bench = bench;
