/** What the sync engine and the bundle files work with, over one open archive (db/sync/createSyncParts). */
import type { ChangeApplier } from '../db/sync/ChangeApplier';
import type { OutgoingChanges } from '../db/sync/OutgoingChanges';
import type { SyncBlobStore } from '../db/sync/SyncBlobStore';
import type { SyncStateStore } from '../db/sync/SyncStateStore';
import type { KeyRing } from './KeyRing';

export interface SyncParts {
  deviceId: string;
  /** This laptop's name as its user set it ('' when not set), written into heads and bundles. */
  deviceName(): Promise<string>;
  /** Whether encryption at rest is on: then targets and bundles must be encrypted too. Read per job. */
  encryptedAtRest(): Promise<boolean>;
  applier: ChangeApplier;
  outgoing: OutgoingChanges;
  state: SyncStateStore;
  blobs: SyncBlobStore;
  keys: KeyRing;
  /** A new archive or bundle id. */
  newId(): string;
  now(): Date;
}
