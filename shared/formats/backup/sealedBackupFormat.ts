/**
 * The sealed backup: how an automatic backup is stored while encryption at rest is on
 * (docs/backup-format.md). The archive zip never reaches the disk; this envelope does:
 *
 *   offset  size  field
 *   0       4     magic "LBAK" (4c 42 41 4b)
 *   4       1     format version, 1
 *   5       4     header length H, unsigned big-endian (1 to 65,536)
 *   9       H     header: UTF-8 JSON (SealedBackupHeader below)
 *   9+H     12    nonce, fresh for every backup
 *   21+H    N     AES-256-GCM ciphertext of the archive zip with its 16-byte tag (N = header.sealedBytes)
 *
 * Bytes 0 to 9+H-1 are the associated data, so every header field (the key record, the counts, the
 * length) is authenticated with the archive. The header is not confidential: it holds the archive's
 * record counts and the same key record the database keeps in its `meta` row (Argon2id parameters and
 * salt, the data key wrapped under the passphrase's key, a key check), so the passphrase alone opens the
 * backup even when the database is lost. This module reads and writes that layout without any key: main
 * uses it to verify a backup it cannot decrypt.
 */
import { z } from 'zod';
import { ENTITY_TABLE_NAMES } from '../../domain/entityTables';
import { fromBase64, toBase64 } from '../../sync/syncCrypto';
import { ArchiveManifest } from '../archive/archiveFormat';
import { ArchiveError } from '../archive/archiveIssue';
import { parseJsonSafely } from '../archive/parseJsonSafely';

export const SEALED_BACKUP_MAGIC = Uint8Array.of(0x4c, 0x42, 0x41, 0x4b); // "LBAK"
export const SEALED_BACKUP_VERSION = 1;
export const SEALED_BACKUP_EXTENSION = 'liaisonbackup';
const PREFIX_BYTES = 9;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
/** A header is a few hundred bytes; a larger length is damage, not a header. */
const MAX_HEADER_BYTES = 64 * 1024;

export type SealedBackupProblem =
  'not-sealed' | 'newer-version' | 'cut-short' | 'damaged' | 'wrong-passphrase';

/** A sealed backup that cannot be opened, and why; nothing was changed. `problem` picks the UI's words. */
export class SealedBackupError extends Error {
  constructor(
    readonly problem: SealedBackupProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SealedBackupError';
  }
}

const NOTHING_CHANGED = 'Nothing was changed.';

export const sealedBackupErrors = {
  notSealed: () =>
    new SealedBackupError('not-sealed', `This file is not a Liaison sealed backup. ${NOTHING_CHANGED}`),
  newerVersion: (version: number) =>
    new SealedBackupError(
      'newer-version',
      `This backup was sealed by a newer Liaison (format ${version}; this one reads ${SEALED_BACKUP_VERSION}). Update Liaison to open it. ${NOTHING_CHANGED}`,
    ),
  cutShort: (have: number, need: number) =>
    new SealedBackupError(
      'cut-short',
      `This backup is incomplete: the file ends after ${have} of the ${need} bytes it announces, so it was cut short while it was written or copied. ${NOTHING_CHANGED}`,
    ),
  damaged: (detail: string) =>
    new SealedBackupError('damaged', `This backup is damaged: ${detail}. ${NOTHING_CHANGED}`),
  wrongPassphrase: () =>
    new SealedBackupError(
      'wrong-passphrase',
      `The passphrase does not open this backup. It needs the passphrase that was in force when the backup was written. ${NOTHING_CHANGED}`,
    ),
};

/** Base64 in the header, bytes once parsed; `length` pins the size where the format fixes it. */
function bytesField(length?: { min: number; max: number }) {
  return z
    .string()
    .max(1024)
    .transform((text, context) => {
      const bytes = fromBase64(text);
      if (!bytes || (length && (bytes.length < length.min || bytes.length > length.max))) {
        context.addIssue({ code: 'custom', message: 'not the expected base64 bytes' });
        return z.NEVER;
      }
      return bytes;
    });
}

const sealedPart = (length: { min: number; max: number }) =>
  z.strictObject({ n: bytesField({ min: NONCE_BYTES, max: NONCE_BYTES }), c: bytesField(length) });

/**
 * The database's key record (renderer/src/db/keyRecord.ts), copied as it is. Reading bounds the
 * Argon2id cost so a hostile header cannot hang the app or exhaust its memory before the passphrase is
 * even checked (the app writes 64 MiB, t = 3, p = 1; tests write less, which is why there is no minimum
 * beyond what Argon2id itself needs: a weaker record protects only the backup its writer made).
 */
export const SealedKeyRecord = z.strictObject({
  version: z.literal(1),
  kdf: z.strictObject({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number().int().min(8).max(262_144),
    iterations: z.number().int().min(1).max(10),
    parallelism: z.number().int().min(1).max(8),
    salt: bytesField({ min: 16, max: 16 }),
  }),
  // The wrapped 32-byte data key with its tag; the check is a short known text with its tag.
  wrapped: sealedPart({ min: 32 + TAG_BYTES, max: 32 + TAG_BYTES }),
  check: sealedPart({ min: TAG_BYTES, max: 64 + TAG_BYTES }),
  changedAt: z.iso.datetime(),
});
export type SealedKeyRecord = z.output<typeof SealedKeyRecord>;

/** A key record as the database holds it (renderer/src/db/keyRecord.ts), about to be written. */
export interface BackupKeyRecord {
  version: 1;
  kdf: {
    algorithm: 'argon2id';
    memoryKiB: number;
    iterations: number;
    parallelism: number;
    salt: Uint8Array;
  };
  wrapped: { n: Uint8Array; c: Uint8Array };
  check: { n: Uint8Array; c: Uint8Array };
  changedAt: string;
}

export const SealedBackupHeader = z.strictObject({
  cipher: z.literal('AES-256-GCM'),
  /** The archive is sealed with a key derived from the data key, never with the data key itself. */
  key: z.literal('HKDF-SHA-256/liaison-backup-v1'),
  keyRecord: SealedKeyRecord,
  /** What the sealed archive holds: counts only (its manifest's), nothing confidential. */
  archive: z.strictObject({
    createdAt: ArchiveManifest.shape.createdAt,
    tables: ArchiveManifest.shape.tables,
    blobs: ArchiveManifest.shape.blobs,
  }),
  /** Length of the ciphertext with its tag, so a file cut short is told apart from a damaged one. */
  sealedBytes: z.number().int().min(TAG_BYTES),
});
export type SealedBackupHeader = z.output<typeof SealedBackupHeader>;

/** A sealed backup taken apart and checked for shape; nothing is decrypted yet. */
export interface SealedBackupParts {
  header: SealedBackupHeader;
  /** Bytes 0 to 9+H-1: the associated data of the encryption. */
  associatedData: Uint8Array;
  nonce: Uint8Array;
  sealed: Uint8Array;
}

export function isSealedBackup(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && SEALED_BACKUP_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** The prefix and header of a backup about to be sealed: the associated data of its encryption. */
export function encodeSealedBackupPrefix(
  header: Omit<SealedBackupHeader, 'keyRecord'> & { keyRecord: BackupKeyRecord },
): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(toJson(header)));
  const out = new Uint8Array(PREFIX_BYTES + json.length);
  out.set(SEALED_BACKUP_MAGIC, 0);
  out[4] = SEALED_BACKUP_VERSION;
  new DataView(out.buffer).setUint32(5, json.length, false);
  out.set(json, PREFIX_BYTES);
  return out;
}

function toJson(header: Omit<SealedBackupHeader, 'keyRecord'> & { keyRecord: BackupKeyRecord }) {
  const record = header.keyRecord;
  const part = (p: { n: Uint8Array; c: Uint8Array }) => ({ n: toBase64(p.n), c: toBase64(p.c) });
  return {
    ...header,
    keyRecord: {
      ...record,
      kdf: { ...record.kdf, salt: toBase64(record.kdf.salt) },
      wrapped: part(record.wrapped),
      check: part(record.check),
    },
  };
}

/** Takes a sealed backup apart: the whole file must be there, and its header valid. */
export function readSealedBackup(bytes: Uint8Array): SealedBackupParts {
  if (!isSealedBackup(bytes)) {
    // A prefix of the magic is a file cut within its first bytes; anything else is another file.
    const prefix =
      bytes.length < 4 && SEALED_BACKUP_MAGIC.subarray(0, bytes.length).every((b, i) => bytes[i] === b);
    throw prefix && bytes.length > 0
      ? sealedBackupErrors.cutShort(bytes.length, PREFIX_BYTES)
      : sealedBackupErrors.notSealed();
  }
  if (bytes.length < PREFIX_BYTES) throw sealedBackupErrors.cutShort(bytes.length, PREFIX_BYTES);
  const version = bytes[4]!;
  if (version > SEALED_BACKUP_VERSION) throw sealedBackupErrors.newerVersion(version);
  if (version !== SEALED_BACKUP_VERSION)
    throw sealedBackupErrors.damaged(`its format version ${version} does not exist`);
  const headerBytes = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(5, false);
  if (headerBytes === 0 || headerBytes > MAX_HEADER_BYTES)
    throw sealedBackupErrors.damaged(`its header length ${headerBytes} is impossible`);
  const headerEnd = PREFIX_BYTES + headerBytes;
  if (bytes.length < headerEnd + NONCE_BYTES)
    throw sealedBackupErrors.cutShort(bytes.length, headerEnd + NONCE_BYTES);
  const header = parseHeader(bytes.subarray(PREFIX_BYTES, headerEnd));
  const total = headerEnd + NONCE_BYTES + header.sealedBytes;
  if (bytes.length < total) throw sealedBackupErrors.cutShort(bytes.length, total);
  if (bytes.length > total)
    throw sealedBackupErrors.damaged(`it has ${bytes.length - total} bytes after its end`);
  return {
    header,
    associatedData: bytes.subarray(0, headerEnd),
    nonce: bytes.subarray(headerEnd, headerEnd + NONCE_BYTES),
    sealed: bytes.subarray(headerEnd + NONCE_BYTES),
  };
}

function parseHeader(bytes: Uint8Array): SealedBackupHeader {
  let value: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    value = parseJsonSafely(text, 'header', { maxDepth: 8, maxStringLength: 1024 });
  } catch (error) {
    if (error instanceof ArchiveError || error instanceof TypeError)
      throw sealedBackupErrors.damaged('its header is not valid JSON');
    throw error;
  }
  const parsed = SealedBackupHeader.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw sealedBackupErrors.damaged(
      `its header is not valid (${issue.path.join('.') || 'header'}: ${issue.message})`,
    );
  }
  return parsed.data;
}

/** Whether the header's counts are those of `manifest` (main compares them with what it was sent). */
export function sameCounts(
  a: Pick<SealedBackupHeader['archive'], 'createdAt' | 'tables' | 'blobs'>,
  b: Pick<SealedBackupHeader['archive'], 'createdAt' | 'tables' | 'blobs'>,
): boolean {
  return (
    a.createdAt === b.createdAt &&
    a.blobs === b.blobs &&
    ENTITY_TABLE_NAMES.every((table) => a.tables[table] === b.tables[table])
  );
}
