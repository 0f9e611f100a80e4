/**
 * The sync service on the main thread, behind the same channel as the worker: for component tests
 * (jsdom has no workers). The app itself always uses the worker.
 */
import type { ChangeCapture } from '../db/ChangeCapture';
import type { LiaisonDatabase } from '../db/LiaisonDatabase';
import type { Repositories } from '../db/repositories/createRepositories';
import { createSyncParts } from '../db/sync/createSyncParts';
import { KeyRing } from './KeyRing';
import type { SyncChannel } from './SyncClient';
import type { FromSyncWorker } from './syncProtocol';
import { SyncService } from './SyncService';

export function inProcessSyncChannel(
  db: LiaisonDatabase,
  capture: ChangeCapture,
  repos: Repositories,
): SyncChannel {
  const listeners: Array<(message: FromSyncWorker) => void> = [];
  const keys = new KeyRing();
  const service = new SyncService(
    async () => createSyncParts(db, capture, repos, { keys }),
    (message) => queueMicrotask(() => listeners.forEach((listener) => listener(message))),
  );
  return {
    send: (message) => queueMicrotask(() => service.receive(message)),
    onMessage: (listener) => void listeners.push(listener),
  };
}
