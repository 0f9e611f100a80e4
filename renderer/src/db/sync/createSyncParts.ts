/** What sync works with over one open archive: its database, change capture and repositories. */
import { ulid } from '../../../../shared/domain/ulid';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/appSettings';
import { SettingsRepository } from '../../settings/SettingsRepository';
import { KeyRing } from '../../sync/KeyRing';
import { KeyStore } from '../KeyStore';
import type { SyncParts } from '../../sync/SyncParts';
import type { ChangeCapture } from '../ChangeCapture';
import type { LiaisonDatabase } from '../LiaisonDatabase';
import type { Repositories } from '../repositories/createRepositories';
import { ChangeApplier } from './ChangeApplier';
import { OutgoingChanges } from './OutgoingChanges';
import { SyncBlobStore } from './SyncBlobStore';
import { SyncStateStore } from './SyncStateStore';

export function createSyncParts(
  db: LiaisonDatabase,
  capture: ChangeCapture,
  repos: Repositories,
  options: { now?: () => Date; keys?: KeyRing } = {},
): SyncParts {
  return {
    deviceId: capture.deviceId,
    deviceName: async () =>
      (await new SettingsRepository(db).load({ ...DEFAULT_SETTINGS, language: 'en' })).deviceName,
    // From the key row rather than the connection's state: a worker's connection may predate the change.
    encryptedAtRest: () => new KeyStore(db).isEnabled(),
    applier: new ChangeApplier(db, capture, repos),
    outgoing: new OutgoingChanges(db),
    state: new SyncStateStore(db),
    blobs: new SyncBlobStore(db),
    keys: options.keys ?? new KeyRing(),
    newId: ulid,
    now: options.now ?? (() => new Date()),
  };
}
