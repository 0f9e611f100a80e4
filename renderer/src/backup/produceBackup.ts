/**
 * Turns the archive into an automatic backup for main to store: the full-archive export (the same file
 * Import & export writes) plus the small manifest main checks it against, with the archive's own counts
 * and a SHA-256 of the bytes as sent.
 */
import { ArchiveManifest, MANIFEST_FILE } from '../../../shared/formats/archive/archiveFormat';
import { ARCHIVE_LIMITS } from '../../../shared/formats/archive/archiveLimits';
import { listZipEntries, readZipEntry } from '../../../shared/formats/archive/zipReader';
import type { BackupManifest } from '../../../shared/ipc/contract';
import type { RecordExchange } from '../db/RecordExchange';
import { exportArchive, type Steps } from '../dataExchange/archiveTransfer';

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

export async function produceBackup(
  exchange: RecordExchange,
  app: { name: string; version: string; now: number },
  outboxSeq: number,
  steps: Steps,
): Promise<ProducedBackup> {
  const { bytes } = await exportArchive(exchange, app, steps);
  const archive = archiveManifestOf(bytes);
  return {
    data: bytes,
    manifest: {
      createdAt: archive.createdAt,
      sha256: await sha256Hex(bytes),
      tables: archive.tables,
      blobs: archive.blobs,
      outboxSeq,
    },
  };
}
