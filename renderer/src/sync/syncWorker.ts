/**
 * The sync worker: merges and packs off the main thread, so the window stays responsive through a sync
 * of a hundred thousand records. It opens its own connection to the archive; Dexie tells the window's
 * live queries about the records it writes.
 */
import { ChangeCapture } from '../db/ChangeCapture';
import { LiaisonDatabase, openDatabase } from '../db/LiaisonDatabase';
import { createRepositories } from '../db/repositories/createRepositories';
import { followWindowKey } from '../db/followWindowKey';
import { createSyncParts } from '../db/sync/createSyncParts';
import { KeyRing } from './KeyRing';
import type { FromSyncWorker, ToSyncWorker } from './syncProtocol';
import { SyncService } from './SyncService';

const worker = self as unknown as Worker;
const post = (message: FromSyncWorker) => {
  // Bytes of an exported bundle move rather than copy: it can be hundreds of megabytes.
  if (message.type === 'done' && message.result.type === 'export-bundle')
    worker.postMessage(message, [message.result.bytes.buffer as ArrayBuffer]);
  else worker.postMessage(message);
};

let db: Promise<LiaisonDatabase> | null = null;
const keys = new KeyRing();
/** The archive's data key while the window is unlocked (encryption at rest); null otherwise. */
let dataKey: Uint8Array | null = null;

/** Also reads whether encryption is being turned off, so a job started meanwhile never seals a write. */
function applyDataKey(open: LiaisonDatabase): Promise<void> {
  return followWindowKey(open, () => dataKey);
}

const service = new SyncService(async () => {
  db ??= openDatabase(new LiaisonDatabase());
  const open = await db;
  await applyDataKey(open);
  // Loaded per job: the clock starts from the newest stamp the window has stored.
  const capture = await ChangeCapture.load(open);
  return createSyncParts(open, capture, createRepositories(open, capture), { keys });
}, post);

worker.onmessage = (event: MessageEvent<ToSyncWorker>) => {
  const message = event.data;
  if (message.type === 'encryption-key') {
    dataKey?.fill(0);
    dataKey = message.key;
    void db?.then(applyDataKey).catch(() => undefined);
    return;
  }
  service.receive(message);
};
