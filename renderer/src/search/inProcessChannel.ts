/**
 * The search service on the main thread, behind the same channel as the worker: for component tests
 * (jsdom has no workers). The app itself always uses the worker.
 */
import type { LiaisonDatabase } from '../db/LiaisonDatabase';
import { SearchSource } from '../db/SearchSource';
import type { SearchChannel } from './SearchClient';
import type { SearchResponse } from './searchProtocol';
import { SearchIndexService } from './SearchIndexService';

export function inProcessChannel(db: LiaisonDatabase): SearchChannel {
  const service = new SearchIndexService(new SearchSource(db));
  const listeners: Array<(response: SearchResponse) => void> = [];
  const emit = (response: SearchResponse) => queueMicrotask(() => listeners.forEach((l) => l(response)));
  // One step at a time, as in the worker: a catch-up running beside the build would index a record
  // twice. A change before the index is opened is ignored, as the worker does: opening catches up.
  let ready: Promise<void> = Promise.resolve();
  let opened = false;
  return {
    onMessage: (listener) => void listeners.push(listener),
    send: (request) => {
      switch (request.type) {
        case 'open':
          opened = true;
          ready = ready
            .then(() => service.open())
            .then((how) => emit({ type: 'ready', documents: service.documentCount, how }));
          break;
        case 'changed':
          if (!opened) break;
          ready = ready
            .then(() => service.catchUp())
            .then((changed) => {
              if (changed !== 0) emit({ type: 'updated', documents: service.documentCount });
            });
          break;
        case 'query':
          void ready
            .then(() => service.search(request.text, request.limit, request.scope))
            .then((hits) => emit({ type: 'results', id: request.id, hits }));
          break;
        case 'cancel':
          break;
        // In process the index shares the window's connection, and so its key.
        case 'encryption-key':
          break;
      }
    },
  };
}
