/**
 * Start-up restore: when the archive's database does not open, the desktop app offers to rebuild it
 * from the latest automatic backup. Nothing is lost on the way, in this order:
 *   1. the backup is read, opened (a sealed one with the passphrase in force when it was written) and
 *      checked completely: a bad one, or a wrong passphrase, stops here with nothing touched;
 *   2. main copies the broken database's files aside (userData/preserved-archives/<time>);
 *   3. a marker is set, so an interrupted restore is offered again instead of opening a half-empty archive;
 *   4. the broken database is deleted and a fresh one restored from the backup, in one transaction; a
 *      sealed backup's key record is adopted first, so the new archive is encrypted under the same
 *      passphrase and its confidential text never reaches the disk in clear;
 *   5. the marker is cleared.
 * Restoring into an empty database with the archive format's add-only restore leaves exactly the
 * backup's records, so no separate "replace everything" restore is needed.
 */
import type { BackupInfo } from '../../../shared/ipc/contract';
import { BackupKeys } from '../db/BackupKeys';
import { ChangeCapture } from '../db/ChangeCapture';
import { deleteDatabase } from '../db/deleteDatabase';
import { DatabaseOpenError, openDatabase, type LiaisonDatabase } from '../db/LiaisonDatabase';
import { RecordExchange, type ImportOutcome } from '../db/RecordExchange';
import { createRepositories } from '../db/repositories/createRepositories';
import { isQuotaError } from '../db/storageFull';
import { checkArchive, restoreArchive } from '../dataExchange/archiveTransfer';
import type { BackupsApi } from '../platform/Platform';
import { openBackup } from './openBackup';

export const RESTORE_PENDING_KEY = 'liaison.restoreFromBackupPending';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A restore from a backup was started and did not finish: the archive must not open as it is. */
export class RestorePendingError extends Error {
  constructor() {
    super('A restore from a backup was interrupted.');
    this.name = 'RestorePendingError';
  }
}

export function isRestorePending(storage: KeyValueStorage): boolean {
  return storage.getItem(RESTORE_PENDING_KEY) !== null;
}

/**
 * Failures a restore can mend: the database itself is unreadable, or a restore was interrupted. A full
 * disk also stops the database from opening, but the archive is intact then: freeing space mends it, and
 * a restore would only need more space.
 */
export function canRestoreAfter(error: unknown): boolean {
  return (
    error instanceof RestorePendingError ||
    (error instanceof DatabaseOpenError && error.reason === 'unavailable' && !isQuotaError(error))
  );
}

export interface StartupRestoreResult {
  /** Where main kept the database that failed to open. */
  preservedAt: string;
  outcome: ImportOutcome;
}

/** What the start-up error screen needs: the latest backup, and a restore from it. */
export interface StartupRecovery {
  latest(): Promise<BackupInfo | null>;
  /** `passphrase` opens a sealed backup (BackupInfo.encrypted); a clear one needs none. */
  restore(
    id: string,
    onProgress: (done: number, total: number) => void,
    passphrase?: string,
  ): Promise<StartupRestoreResult>;
}

export function createStartupRecovery(deps: {
  backups: BackupsApi;
  /** A new handle on the archive's database, not opened yet. */
  database: () => LiaisonDatabase;
  storage: KeyValueStorage;
  now?: () => number;
}): StartupRecovery {
  return {
    latest: async () => (await deps.backups.list())[0] ?? null,
    async restore(id, onProgress, passphrase) {
      const { archive, key } = await openBackup(await deps.backups.read(id), passphrase ?? null);
      try {
        const contents = await checkArchive(archive, { step: onProgress });
        const preservedAt = await deps.backups.preserveDatabase();
        deps.storage.setItem(RESTORE_PENDING_KEY, id);
        await deleteDatabase(deps.database());
        const db = await openDatabase(deps.database());
        try {
          if (key) await new BackupKeys(db).adopt(key.keyRecord, key.dataKey);
          const capture = await ChangeCapture.load(db, deps.now);
          const exchange = new RecordExchange(db, capture, createRepositories(db, capture));
          const outcome = await restoreArchive(exchange, contents, { step: onProgress });
          deps.storage.removeItem(RESTORE_PENDING_KEY);
          return { preservedAt, outcome };
        } finally {
          db.close();
        }
      } finally {
        key?.dataKey.fill(0);
      }
    },
  };
}
