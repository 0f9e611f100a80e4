/**
 * The app's side of search: starts the index (in a worker where there is one), tells it when the
 * archive changes, and asks it queries. Tests and browsers without workers run the same service in
 * process. Progress and readiness are a small store the palette shows.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SearchHit, SearchScope } from './SearchIndexService';
import type { SearchRequest, SearchResponse } from './searchProtocol';

export interface SearchStatus {
  state: 'idle' | 'indexing' | 'ready' | 'failed';
  /** Counts the index's changes once ready (each catch-up that changed it), so look-ups can run again. */
  revision: number;
  done: number;
  total: number;
  message: string | null;
}

/** Something that takes requests and answers with responses: the worker, or the service in process. */
export interface SearchChannel {
  send(request: SearchRequest): void;
  onMessage(listener: (response: SearchResponse) => void): void;
}

export class SearchClient {
  readonly status: StoreApi<SearchStatus> = createStore<SearchStatus>()(() => ({
    state: 'idle',
    revision: 0,
    done: 0,
    total: 0,
    message: null,
  }));
  private nextId = 1;
  private pending = new Map<number, (hits: SearchHit[]) => void>();
  private changedTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly channel: SearchChannel) {
    channel.onMessage((response) => this.receive(response));
  }

  start(): void {
    if (this.status.getState().state !== 'idle') return;
    this.status.setState({ state: 'indexing' });
    this.channel.send({ type: 'open' });
  }

  /**
   * Encryption at rest: gives the worker's own connection the data key after an unlock, or tells it to
   * drop the key on lock. A start that failed because the archive was locked is retried.
   */
  setEncryptionKey(key: Uint8Array | null): void {
    this.channel.send({ type: 'encryption-key', key });
    if (key && this.status.getState().state === 'failed') {
      this.status.setState({ state: 'idle', revision: 0, done: 0, total: 0, message: null });
      this.start();
    }
  }

  /** The archive changed; the index catches up shortly (several quick changes are sent once). */
  changed(): void {
    if (this.changedTimer) return;
    this.changedTimer = setTimeout(() => {
      this.changedTimer = null;
      this.channel.send({ type: 'changed' });
    }, 50);
  }

  search(text: string, limit = 50, scope?: SearchScope): Promise<SearchHit[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.channel.send({ type: 'query', id, text, limit, ...(scope ? { scope } : {}) });
    });
  }

  /**
   * Resolves once the index is ready (true) or has failed (false). It resolves at once, false, when the
   * index was never started (tests that leave search off).
   */
  settled(): Promise<boolean> {
    const settledState = (state: SearchStatus['state']) =>
      state === 'ready' ? true : state === 'indexing' ? null : false;
    const now = settledState(this.status.getState().state);
    if (now !== null) return Promise.resolve(now);
    return new Promise((resolve) => {
      const stop = this.status.subscribe(({ state }) => {
        const settled = settledState(state);
        if (settled === null) return;
        stop();
        resolve(settled);
      });
    });
  }

  cancel(): void {
    this.channel.send({ type: 'cancel' });
  }

  private receive(response: SearchResponse): void {
    switch (response.type) {
      case 'progress':
        this.status.setState({ state: 'indexing', done: response.done, total: response.total });
        break;
      case 'ready':
      case 'updated':
        this.status.setState(({ revision }) => ({
          state: 'ready',
          revision: revision + 1,
          done: response.documents,
          total: response.documents,
          message: null,
        }));
        break;
      case 'failed':
        this.status.setState({ state: 'failed', message: response.message });
        break;
      case 'results':
        this.pending.get(response.id)?.(response.hits);
        this.pending.delete(response.id);
        break;
    }
  }
}

export function workerChannel(): SearchChannel {
  const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
  return {
    send: (request) => worker.postMessage(request),
    onMessage: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => listener(event.data)),
  };
}
