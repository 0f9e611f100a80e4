/**
 * Turns the archive into an automatic backup for main to store: the full-archive export (the same file
 * Import & export writes) plus the small manifest main checks it against, with the archive's own counts
 * and a SHA-256 of the bytes as sent.
 *
 * While encryption at rest is on, the archive is sealed (shared/formats/backup) before it leaves this
 * window, so the backup folder never holds its text in clear. Main cannot decrypt a sealed backup to
 * verify it, so the check main runs on a clear one (the restore's own reader, `readArchive`) runs here,
 * on the plaintext, before it is sealed; electron/main/backup/verifyBackup.ts explains why that, with
 * main's read-back SHA-256 and GCM's tag, proves the sealed file restores.
 */
import { ArchiveManifest, MANIFEST_FILE } from '../../../shared/formats/archive/archiveFormat';
import { ARCHIVE_LIMITS } from '../../../shared/formats/archive/archiveLimits';
import { listZipEntries, readZipEntry } from '../../../shared/formats/archive/zipReader';
import { sealBackup } from '../../../shared/formats/backup/sealedBackup';
import type { BackupManifest } from '../../../shared/ipc/contract';
import type { BackupSealing } from '../db/BackupKeys';
import type { RecordExchange } from '../db/RecordExchange';
import { checkArchive, exportArchive, type Steps } from '../dataExchange/archiveTransfer';

export interface ProducedBackup {
  data: Uint8Array<ArrayBuffer>;
  manifest: BackupManifest;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The manifest the exporter just wrote, read back from its zip (it is the last, small entry). */
function archiveManifestOf(bytes: Uint8Array): ArchiveManifest {
  const entry = listZipEntries(bytes, ARCHIVE_LIMITS).find((e) => e.name === MANIFEST_FILE);
  if (!entry) throw new Error('The exported archive has no manifest');
  const text = new TextDecoder().decode(
    readZipEntry(bytes, entry, ARCHIVE_LIMITS.maxManifestBytes, ARCHIVE_LIMITS),
  );
  return ArchiveManifest.parse(JSON.parse(text));
}

const noSealing = () => Promise.resolve(null);

/**
 * `sealing` is asked for the key once the archive is exported, not before: encryption turned on while
 * the export ran must still give a sealed backup.
 */
export async function produceBackup(
  exchange: RecordExchange,
  app: { name: string; version: string; now: number },
  outboxSeq: number,
  steps: Steps,
  sealing: () => Promise<BackupSealing | null> = noSealing,
): Promise<ProducedBackup> {
  const { bytes } = await exportArchive(exchange, app, steps);
  const key = await sealing();
  if (!key) {
    const archive = archiveManifestOf(bytes);
    return { data: bytes, manifest: manifestOf(archive, await sha256Hex(bytes), outboxSeq, false) };
  }
  try {
    const { manifest: archive } = await checkArchive(bytes, steps);
    const counts = { createdAt: archive.createdAt, tables: archive.tables, blobs: archive.blobs };
    const data = await sealBackup({ archive: bytes, counts, keyRecord: key.keyRecord, dataKey: key.dataKey });
    return { data, manifest: manifestOf(archive, await sha256Hex(data), outboxSeq, true) };
  } finally {
    key.dataKey.fill(0);
    // The clear archive existed only in this window's memory; do not leave it there.
    bytes.fill(0);
  }
}

function manifestOf(
  archive: ArchiveManifest,
  sha256: string,
  outboxSeq: number,
  encrypted: boolean,
): BackupManifest {
  return {
    createdAt: archive.createdAt,
    sha256,
    tables: archive.tables,
    blobs: archive.blobs,
    outboxSeq,
    encrypted,
  };
}
