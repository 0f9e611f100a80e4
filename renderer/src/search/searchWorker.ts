/**
 * The search worker: builds or loads the index off the main thread, answers queries, and catches up
 * when told the archive changed. Saving is debounced so a burst of edits is written once.
 */
import { LiaisonDatabase, openDatabase } from '../db/LiaisonDatabase';
import { followWindowKey } from '../db/followWindowKey';
import { SearchSource } from '../db/SearchSource';
import type { SearchRequest, SearchResponse } from './searchProtocol';
import { SearchIndexService } from './SearchIndexService';

const SAVE_DELAY = 3000;

const post = (message: SearchResponse) => (self as unknown as Worker).postMessage(message);

let service: SearchIndexService | null = null;
let opening: Promise<void> | null = null;
let abort = new AbortController();
let saveTimer: ReturnType<typeof setTimeout> | null = null;
let catchingUp: Promise<void> = Promise.resolve();
let database: LiaisonDatabase | null = null;
let dataKey: Uint8Array | null = null;

/**
 * Gives this worker's own connection the key the window unlocked (or drops it, zeroed, on lock), and
 * whether encryption is still on: once it is off, the index is saved again.
 */
function applyKey(): void {
  if (!database) return;
  void followWindowKey(database, () => dataKey).catch(() => undefined);
}

function scheduleSave(): void {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = setTimeout(
    () => void service?.save().catch((e: unknown) => post({ type: 'failed', message: String(e) })),
    SAVE_DELAY,
  );
}

async function open(): Promise<void> {
  const db = await openDatabase(new LiaisonDatabase());
  database = db;
  applyKey();
  const next = new SearchIndexService(new SearchSource(db));
  const how = await next.open((done, total) => post({ type: 'progress', done, total }), abort.signal);
  service = next;
  post({ type: 'ready', documents: next.documentCount, how });
}

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'open':
      opening ??= open().catch((error: unknown) => {
        opening = null;
        post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
      break;
    case 'encryption-key':
      dataKey?.fill(0);
      dataKey = request.key;
      applyKey();
      break;
    case 'cancel':
      abort.abort();
      abort = new AbortController();
      break;
    case 'changed':
      catchingUp = catchingUp.then(async () => {
        await opening;
        if (!service) return;
        if ((await service.catchUp()) === 0) return;
        scheduleSave();
        post({ type: 'updated', documents: service.documentCount });
      });
      break;
    case 'query':
      void (async () => {
        await opening;
        // A look-up by name answers at once, from the index as it is: it runs as the user types, and a
        // catch-up after a large sync can take seconds (the app finds new names by their start meanwhile).
        if (!request.scope) await catchingUp;
        const hits = service ? await service.search(request.text, request.limit, request.scope) : [];
        post({ type: 'results', id: request.id, hits });
      })().catch(() => post({ type: 'results', id: request.id, hits: [] }));
      break;
  }
};
