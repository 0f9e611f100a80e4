/** The sync engine over one open archive: its database, change capture and repositories. */
import { ulid } from '../../../../shared/domain/ulid';
import { SyncEngine } from '../../sync/SyncEngine';
import type { ChangeCapture } from '../ChangeCapture';
import type { LiaisonDatabase } from '../LiaisonDatabase';
import type { Repositories } from '../repositories/createRepositories';
import { ChangeApplier } from './ChangeApplier';
import { OutgoingChanges } from './OutgoingChanges';
import { SyncBlobStore } from './SyncBlobStore';
import { SyncStateStore } from './SyncStateStore';

export function createSyncEngine(
  db: LiaisonDatabase,
  capture: ChangeCapture,
  repos: Repositories,
  now?: () => Date,
): SyncEngine {
  return new SyncEngine({
    deviceId: capture.deviceId,
    applier: new ChangeApplier(db, capture, repos),
    outgoing: new OutgoingChanges(db),
    state: new SyncStateStore(db),
    blobs: new SyncBlobStore(db),
    newArchiveId: ulid,
    ...(now ? { now } : {}),
  });
}
