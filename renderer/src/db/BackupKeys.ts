/**
 * The keys automatic backups need from the database (docs/encryption-at-rest.md, "Backups"). A backup is
 * sealed while encryption at rest is on, with the data key and next to the key record that wraps it, so
 * the passphrase alone opens it. Restoring a sealed backup into a new, empty archive (the start-up
 * restore) adopts that key record, so the restored archive is encrypted again, under the same
 * passphrase, before a single record is written.
 */
import { announceEncryptionChange } from './encryptionChanges';
import { LockedError } from './EncryptionState';
import { ENCRYPTION_META_KEY, isDataKeyOf, isKeyRecord, type KeyRecord } from './keyRecord';
import type { LiaisonDatabase } from './LiaisonDatabase';

/** What sealing a backup takes: the key record as stored, and a copy of the data key it wraps. */
export interface BackupSealing {
  keyRecord: KeyRecord;
  /** The caller zeroes it when done. */
  dataKey: Uint8Array;
}

export class BackupKeys {
  constructor(private readonly db: LiaisonDatabase) {}

  /**
   * The key to seal a backup with while encryption is on (also while it is being turned on or off);
   * null while it is off. Locked, there is no key, and a backup must not fall back to clear text:
   * LockedError.
   */
  async forSealing(): Promise<BackupSealing | null> {
    const value = (await this.db.meta.get(ENCRYPTION_META_KEY))?.value;
    const keyRecord = isKeyRecord(value) ? value : null;
    if (!keyRecord && !this.db.encryption.configured) return null;
    const dataKey = this.db.encryption.exportKey();
    if (!dataKey) throw new LockedError();
    // The backup must open with the passphrase alone: the record beside it has to wrap this very key.
    if (!keyRecord || !isDataKeyOf(keyRecord, dataKey)) {
      dataKey.fill(0);
      throw new Error('The archive’s key record does not match its key; no backup was written.');
    }
    return { keyRecord, dataKey };
  }

  /**
   * Makes a new, empty archive encrypted under a backup's key record, and unlocks it with the data key
   * that record wraps (which the caller unwrapped with the passphrase). Refuses an archive that already
   * has a key: its records are sealed with another data key.
   */
  async adopt(keyRecord: KeyRecord, dataKey: Uint8Array): Promise<void> {
    await this.db.transaction('rw', this.db.meta, this.db.searchIndex, async () => {
      if (isKeyRecord((await this.db.meta.get(ENCRYPTION_META_KEY))?.value))
        throw new Error('This archive already has its own encryption key.');
      await this.db.meta.put({ key: ENCRYPTION_META_KEY, value: keyRecord });
      // An empty archive has no index worth keeping; while encrypted none is stored.
      await this.db.searchIndex.clear();
    });
    this.db.encryption.unlock(dataKey);
    announceEncryptionChange(this.db);
  }
}
