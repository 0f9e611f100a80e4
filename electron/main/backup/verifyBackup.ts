/**
 * Proves a backup on disk can be restored before an older one is given up for it: the file is read back
 * from disk (not from the bytes main was sent), its SHA-256 compared with the one the renderer computed,
 * and the whole archive parsed and validated by the same reader a restore uses (every entry's CRC-32,
 * every record against its schema, every attachment against its hash), and its counts compared with the
 * manifest the renderer sent.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ENTITY_TABLE_NAMES } from '../../../shared/domain/entityTables';
import { ArchiveError } from '../../../shared/formats/archive/archiveIssue';
import { readArchive } from '../../../shared/formats/archive/readArchive';
import type { BackupManifest } from '../../../shared/ipc/contract';

export class BackupVerificationError extends Error {
  constructor(
    readonly reason: 'size' | 'sha256' | 'archive' | 'counts' | 'unreadable',
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
  let manifest;
  try {
    ({ manifest } = await readArchive(bytes, { onProgress: breathe }));
  } catch (error) {
    if (error instanceof ArchiveError)
      throw new BackupVerificationError('archive', `not a valid archive: ${error.issues[0]?.reason ?? ''}`);
    throw error;
  }
  const countsAgree =
    manifest.blobs === expected.blobs &&
    manifest.createdAt === expected.createdAt &&
    ENTITY_TABLE_NAMES.every((table) => manifest.tables[table] === expected.tables[table]);
  if (!countsAgree)
    throw new BackupVerificationError('counts', 'the archive does not hold what its manifest says');
}
