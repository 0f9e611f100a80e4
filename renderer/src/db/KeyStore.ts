/**
 * Turning encryption at rest on and off, unlocking, locking and changing the passphrase. The data key is
 * random and never changes; the passphrase only wraps it (keyRecord.ts), so a new passphrase rewrites
 * one row and no record. Every change to the key row or the migration marker is announced to the other
 * tabs on the same database (encryptionChanges.ts).
 */
import { announceEncryptionChange, lockEverywhere } from './encryptionChanges';
import { EncryptionMigration, type MigrationOutcome, type MigrationProgress } from './EncryptionMigration';
import type { EncryptionState } from './EncryptionState';
import { randomBytes } from './FieldCipher';
import {
  DEFAULT_KDF,
  ENCRYPTION_META_KEY,
  isKeyRecord,
  MIGRATION_META_KEY,
  unwrapDataKey,
  wrapDataKey,
  type KdfParams,
  type KeyRecord,
} from './keyRecord';
import type { LiaisonDatabase } from './LiaisonDatabase';
import { isTurningOff, migrationMarker } from './migrationMarker';

const LOCK_AFTER_META_KEY = 'lockAfterMinutes';
export const DEFAULT_LOCK_AFTER_MINUTES = 10;

export class KeyStore {
  constructor(
    private readonly db: LiaisonDatabase,
    private readonly state: EncryptionState = db.encryption,
    /** Tests lower the cost; the app always uses DEFAULT_KDF (64 MiB). */
    private readonly kdf: Omit<KdfParams, 'algorithm' | 'salt'> = DEFAULT_KDF,
    /** Records sealed per transaction when an existing archive is encrypted. */
    private readonly chunkSize?: number,
  ) {}

  async isEnabled(): Promise<boolean> {
    return (await this.record()) !== null;
  }

  /**
   * Turns encryption on: a new data key wrapped by `passphrase`, then every existing record sealed in
   * chunks. The key row and the migration marker are written in one transaction.
   */
  async enable(passphrase: string, onProgress?: (progress: MigrationProgress) => void): Promise<void> {
    if (await this.record()) throw new Error('Encryption is already on.');
    const dataKey = randomBytes(32);
    try {
      const record = await wrapDataKey(dataKey, passphrase, this.kdf);
      await this.db.transaction('rw', this.db.meta, this.db.searchIndex, async () => {
        // Asked again here: another tab may have turned it on during the derivation, under another key.
        if (isKeyRecord((await this.db.meta.get(ENCRYPTION_META_KEY))?.value))
          throw new Error('Encryption is already on.');
        await this.db.meta.put({ key: ENCRYPTION_META_KEY, value: record });
        await this.db.meta.put({ key: MIGRATION_META_KEY, value: migrationMarker('encrypt') });
        // The index saved so far holds tokens of clear text; it is rebuilt in memory after each unlock.
        await this.db.searchIndex.clear();
      });
      this.state.unlock(dataKey);
    } finally {
      dataKey.fill(0);
    }
    announceEncryptionChange(this.db);
    await this.resumeMigration(onProgress);
  }

  /**
   * Turns encryption off: `passphrase` must open the key (WrongPassphraseError otherwise, and nothing
   * changes). From the marker's write on, every write stays clear; then every record is rewritten in
   * clear in chunks, and the key row goes in the transaction that removes the marker. Aborting `signal`
   * pauses after the current chunk (resolving `finished: false`); the next unlock, or
   * `resumeMigration`, carries on. Aborted before the marker is written, it changes nothing and
   * resolves null.
   */
  async disable(
    passphrase: string,
    onProgress?: (progress: MigrationProgress) => void,
    signal?: AbortSignal,
  ): Promise<MigrationOutcome | null> {
    const record = await this.requireRecord();
    const dataKey = await unwrapDataKey(record, passphrase);
    try {
      if (signal?.aborted) return null;
      if (this.state.mode !== 'unlocked') this.state.unlock(dataKey);
      // A paused turning-off keeps its place; anything else (even an unfinished turning-on) starts over.
      if (!(await this.isTurningOff()))
        await this.db.transaction('rw', this.db.meta, () =>
          this.db.meta.put({ key: MIGRATION_META_KEY, value: migrationMarker('decrypt') }),
        );
      this.state.setConfigured(true, true);
    } finally {
      dataKey.fill(0);
    }
    announceEncryptionChange(this.db);
    return (await this.resumeMigration(onProgress, signal)) ?? { direction: 'decrypt', finished: true };
  }

  /** Whether turning encryption off was started and has not finished (it resumes on unlock). */
  async isTurningOff(): Promise<boolean> {
    return isTurningOff((await this.db.meta.get(MIGRATION_META_KEY))?.value);
  }

  /** Unlocks with `passphrase` (WrongPassphraseError otherwise), then finishes an interrupted migration. */
  async unlock(passphrase: string, onProgress?: (progress: MigrationProgress) => void): Promise<void> {
    const record = await this.requireRecord();
    const dataKey = await unwrapDataKey(record, passphrase);
    try {
      this.state.unlock(dataKey);
    } finally {
      dataKey.fill(0);
    }
    await this.resumeMigration(onProgress);
  }

  /** Drops the key from memory, here and in every other tab of this archive. */
  lock(): void {
    lockEverywhere(this.db);
  }

  /**
   * Re-wraps the data key under `next`. The old passphrase is checked first; the new wrapping replaces
   * the old in a single put, so a crash leaves one of the two, and the records are not touched.
   */
  async changePassphrase(current: string, next: string): Promise<void> {
    const record = await this.requireRecord();
    const dataKey = await unwrapDataKey(record, current);
    try {
      const rewrapped = await wrapDataKey(dataKey, next, this.kdf);
      await this.db.transaction('rw', this.db.meta, () =>
        this.db.meta.put({ key: ENCRYPTION_META_KEY, value: rewrapped }),
      );
    } finally {
      dataKey.fill(0);
    }
    // The data key is the same, so the other tabs stay unlocked; they only prove it against the new row.
    announceEncryptionChange(this.db);
  }

  /** Minutes without input before the app locks itself (default 10). */
  async lockAfterMinutes(): Promise<number> {
    const value = (await this.db.meta.get(LOCK_AFTER_META_KEY))?.value;
    return typeof value === 'number' && value >= 1 && value <= 1440 ? value : DEFAULT_LOCK_AFTER_MINUTES;
  }

  async setLockAfterMinutes(minutes: number): Promise<void> {
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440)
      throw new RangeError('The idle time must be a whole number of minutes from 1 to 1440.');
    await this.db.transaction('rw', this.db.meta, () =>
      this.db.meta.put({ key: LOCK_AFTER_META_KEY, value: minutes }),
    );
  }

  /** Carries on with an interrupted migration, if any; a finished turning-off leaves encryption off. */
  async resumeMigration(
    onProgress?: (progress: MigrationProgress) => void,
    signal?: AbortSignal,
  ): Promise<MigrationOutcome | null> {
    const outcome = await new EncryptionMigration(this.db, this.chunkSize).run(onProgress, signal);
    if (outcome?.direction === 'decrypt' && outcome.finished) this.state.setConfigured(false);
    // Finishing turning off removed the key row: another tab must drop the key it still holds.
    if (outcome?.finished) announceEncryptionChange(this.db);
    return outcome;
  }

  private async record(): Promise<KeyRecord | null> {
    const value = (await this.db.meta.get(ENCRYPTION_META_KEY))?.value;
    return isKeyRecord(value) ? value : null;
  }

  private async requireRecord(): Promise<KeyRecord> {
    const record = await this.record();
    if (!record) throw new Error('Encryption is not on for this archive.');
    return record;
  }
}
