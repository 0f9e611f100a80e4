/**
 * Sealing an archive zip into a sealed backup and opening it again, given the archive's data key
 * (sealedBackupFormat.ts has the layout). Turning a passphrase into the data key is the key record's
 * business (renderer/src/db/keyRecord.ts); this module never sees a passphrase.
 *
 * The archive is encrypted with a key derived from the data key by HKDF-SHA-256 (info
 * `liaison-backup-v1`), not with the data key itself. The data key seals every stored field with random
 * nonces; a key of its own keeps backups out of that nonce budget, and makes a backup's ciphertext and a
 * field's ciphertext impossible to pass off as each other whatever their associated data.
 *
 * WebCrypto, not @noble/ciphers (which the field middleware needs because it must be synchronous): a
 * backup is one large message outside any transaction, and WebCrypto seals 64 MiB in about 0.1 s where
 * the pure-JS cipher takes about 5 s of the window's thread (measured in Node on these machines).
 */
import {
  encodeSealedBackupPrefix,
  NONCE_BYTES,
  sealedBackupErrors,
  TAG_BYTES,
  type SealedBackupHeader,
  type SealedBackupParts,
  type BackupKeyRecord,
} from './sealedBackupFormat';
import { concatBytes } from '../../sync/syncCrypto';

const BACKUP_KEY_INFO = new TextEncoder().encode('liaison-backup-v1');

async function backupKey(dataKey: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  if (dataKey.length !== 32) throw new Error('The data key must be 256 bits');
  const base = await crypto.subtle.importKey('raw', dataKey as Uint8Array<ArrayBuffer>, 'HKDF', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: BACKUP_KEY_INFO },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

export interface SealBackupInput {
  /** The archive zip, already checked by the archive reader. */
  archive: Uint8Array;
  /** Its manifest's counts, for the header. */
  counts: SealedBackupHeader['archive'];
  /** The database's key record, which wraps `dataKey`. */
  keyRecord: BackupKeyRecord;
  dataKey: Uint8Array;
}

export async function sealBackup(input: SealBackupInput): Promise<Uint8Array<ArrayBuffer>> {
  const prefix = encodeSealedBackupPrefix({
    cipher: 'AES-256-GCM',
    key: 'HKDF-SHA-256/liaison-backup-v1',
    keyRecord: input.keyRecord,
    archive: input.counts,
    sealedBytes: input.archive.length + TAG_BYTES,
  });
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: prefix, tagLength: TAG_BYTES * 8 },
    await backupKey(input.dataKey, 'encrypt'),
    input.archive as Uint8Array<ArrayBuffer>,
  );
  return concatBytes([prefix, nonce, new Uint8Array(sealed)]);
}

/**
 * The archive zip inside a sealed backup. GCM's tag covers the header, the nonce and the archive, so a
 * flipped bit anywhere, a header swapped from another backup, or a key that is not this backup's, all
 * end here as `damaged`; the key record tells a wrong passphrase apart before this is reached.
 */
export async function openSealedBackup(
  backup: SealedBackupParts,
  dataKey: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await backupKey(dataKey, 'decrypt');
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: backup.nonce as Uint8Array<ArrayBuffer>,
          additionalData: backup.associatedData as Uint8Array<ArrayBuffer>,
          tagLength: TAG_BYTES * 8,
        },
        key,
        backup.sealed as Uint8Array<ArrayBuffer>,
      ),
    );
  } catch {
    throw sealedBackupErrors.damaged(
      'it fails its integrity check (it was altered after it was written, or belongs to another archive)',
    );
  }
}
