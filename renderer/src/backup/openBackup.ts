/**
 * The archive inside a backup main handed back. A clear backup is the archive itself. A sealed one is
 * opened with the passphrase that was in force when it was written: its own key record (copied from the
 * database at the time) gives the data key, so it opens even when this database is lost. A wrong
 * passphrase is told apart from a damaged file, and neither changes anything.
 */
import { openSealedBackup } from '../../../shared/formats/backup/sealedBackup';
import {
  isSealedBackup,
  readSealedBackup,
  sealedBackupErrors,
} from '../../../shared/formats/backup/sealedBackupFormat';
import type { BackupSealing } from '../db/BackupKeys';
import { unwrapDataKey, WrongPassphraseError } from '../db/keyRecord';

export interface OpenedBackup {
  /** The archive zip, to check and restore. */
  archive: Uint8Array;
  /** A sealed backup's key record and data key (the caller zeroes it); null for a clear backup. */
  key: BackupSealing | null;
}

export async function openBackup(bytes: Uint8Array, passphrase: string | null): Promise<OpenedBackup> {
  if (!isSealedBackup(bytes)) return { archive: bytes, key: null };
  const backup = readSealedBackup(bytes);
  // Encryption cannot be turned on with an empty passphrase, so do not spend a derivation on one.
  if (!passphrase) throw sealedBackupErrors.wrongPassphrase();
  let dataKey: Uint8Array;
  try {
    dataKey = await unwrapDataKey(backup.header.keyRecord, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw sealedBackupErrors.wrongPassphrase();
    throw error;
  }
  try {
    const archive = await openSealedBackup(backup, dataKey);
    return { archive, key: { keyRecord: backup.header.keyRecord, dataKey } };
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
}
