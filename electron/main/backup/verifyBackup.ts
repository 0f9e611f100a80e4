/**
 * Proves a backup on disk can be restored before an older one is given up for it. In both kinds, the
 * file is read back from disk (not from the bytes main was sent) and its size and SHA-256 compared with
 * the ones the renderer computed over the bytes it sent.
 *
 * A clear backup is then parsed and validated by the same reader a restore uses (every entry's CRC-32,
 * every record against its schema, every attachment against its hash), and its counts compared with the
 * manifest the renderer sent.
 *
 * A sealed backup cannot be decrypted here: main never holds the key. Its envelope header is parsed (the
 * layout, the key record, a length that matches the file) and its counts compared with the manifest.
 * Together with what the renderer did, that proves it restores:
 *   1. the renderer parsed the clear archive with `readArchive`, the restore's own reader, before
 *      sealing it, so the plaintext restores;
 *   2. it sealed exactly that plaintext with AES-256-GCM and hashed the sealed bytes it sent;
 *   3. the file read back here has that length and that SHA-256, so it is those bytes, bit for bit;
 *   4. decryption is deterministic, so the same key gives back exactly the plaintext of step 1, and
 *      GCM's tag, computed over the header, nonce and ciphertext, confirms it; any later change to the
 *      file fails that tag (and `backup:read` checks the SHA-256 again first), so a damaged backup is
 *      refused at restore, never half restored;
 *   5. the key record in the header is the one that wraps the data key, so the passphrase in force
 *      when it was written opens it, even without the database.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ArchiveError } from '../../../shared/formats/archive/archiveIssue';
import { readArchive } from '../../../shared/formats/archive/readArchive';
import {
  readSealedBackup,
  sameCounts,
  SealedBackupError,
} from '../../../shared/formats/backup/sealedBackupFormat';
import type { BackupManifest } from '../../../shared/ipc/contract';

export class BackupVerificationError extends Error {
  constructor(
    readonly reason: 'size' | 'sha256' | 'archive' | 'envelope' | 'counts' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'BackupVerificationError';
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Lets main's event loop breathe between the reader's steps: a large archive takes seconds to check. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function verifyBackup(path: string, expected: BackupManifest, size: number): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new BackupVerificationError('unreadable', `the backup could not be read back: ${String(error)}`);
  }
  if (bytes.byteLength !== size)
    throw new BackupVerificationError('size', `read back ${bytes.byteLength} bytes of ${size}`);
  if (sha256Hex(bytes) !== expected.sha256)
    throw new BackupVerificationError('sha256', 'its SHA-256 does not match the one it was sent with');
  const holds = expected.encrypted ? sealedCounts(bytes) : await archiveCounts(bytes);
  if (!sameCounts(holds, expected))
    throw new BackupVerificationError('counts', 'the archive does not hold what its manifest says');
}

async function archiveCounts(bytes: Uint8Array) {
  try {
    return (await readArchive(bytes, { onProgress: breathe })).manifest;
  } catch (error) {
    if (error instanceof ArchiveError)
      throw new BackupVerificationError('archive', `not a valid archive: ${error.issues[0]?.reason ?? ''}`);
    throw error;
  }
}

function sealedCounts(bytes: Uint8Array) {
  try {
    return readSealedBackup(bytes).header.archive;
  } catch (error) {
    if (error instanceof SealedBackupError)
      throw new BackupVerificationError('envelope', `not a valid sealed backup: ${error.message}`);
    throw error;
  }
}
