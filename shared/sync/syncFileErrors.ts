/**
 * What went wrong with a sync file, in words for the person syncing: which file (named the way they can
 * find it on the target), what is wrong with it, and that nothing from it was applied. Every decoder of
 * shared/sync throws only these, as SyncTargetError, so the UI has one vocabulary to show.
 */
import { formatCount } from '../formats/archive/archiveIssue';
import { HEADER_FILE } from './syncPaths';
import { SyncTargetError } from './SyncTransport';

/** The file a file id (its path relative to the target's root, or inside a bundle) names, as a sentence start. */
export function describeSyncFile(fileId: string): string {
  let match: RegExpMatchArray | null;
  if (fileId === HEADER_FILE) return `The archive header ${fileId}`;
  if (fileId === 'key-check') return "The archive's passphrase check";
  if (/^devices\/[^/]+\/seg-\d+$/.test(fileId)) return `Segment ${fileId}`;
  if (/^devices\/[^/]+\/head\.json$/.test(fileId)) return `The segment list ${fileId}`;
  if (/^blobs\/[^/]+$/.test(fileId)) return `Attachment file ${fileId}`;
  if ((match = /^bundle\/[^/]+\/blob\/([^/]+)$/.exec(fileId)))
    return `Attachment ${match[1]} in the bundle file`;
  if (/^bundle\/[^/]+\/manifest$/.test(fileId)) return "The bundle file's manifest";
  if ((match = /^bundle\/[^/]+\/([^/]+)$/.exec(fileId))) return `Part ${match[1]} of the bundle file`;
  return `The file ${fileId}`;
}

const NOTHING_APPLIED = 'nothing from it was applied.';

export function cutShort(fileId: string): SyncTargetError {
  return new SyncTargetError(
    'corrupt',
    `${describeSyncFile(fileId)} is cut short; it may still be uploading or copying. Sync again in a moment; ${NOTHING_APPLIED}`,
  );
}

export function tampered(fileId: string, how = 'it fails its integrity check'): SyncTargetError {
  return new SyncTargetError(
    'corrupt',
    `${describeSyncFile(fileId)} was changed or damaged after it was written (${how}), so ${NOTHING_APPLIED}`,
  );
}

export function damaged(fileId: string, detail: string): SyncTargetError {
  return new SyncTargetError(
    'corrupt',
    `${describeSyncFile(fileId)} is damaged: ${detail}; ${NOTHING_APPLIED}`,
  );
}

export function notSyncFile(fileId: string, what = 'a Liaison sync file'): SyncTargetError {
  return new SyncTargetError('corrupt', `${describeSyncFile(fileId)} is not ${what}, so ${NOTHING_APPLIED}`);
}

export function notEncrypted(fileId: string): SyncTargetError {
  return new SyncTargetError(
    'corrupt',
    `${describeSyncFile(fileId)} is not encrypted although this archive is, so it was not written by one of its devices; ${NOTHING_APPLIED}`,
  );
}

export function newerVersion(fileId: string, version: number | string): SyncTargetError {
  return new SyncTargetError(
    'failed',
    `${describeSyncFile(fileId)} was written by a newer version of Liaison (sync format ${version}). Update Liaison on this laptop to read it; nothing was changed.`,
  );
}

export function needsPassphrase(fileId: string): SyncTargetError {
  if (fileId === 'key-check')
    return new SyncTargetError(
      'wrong-passphrase',
      'This archive is encrypted. Enter its passphrase to sync with it; nothing was changed.',
    );
  return new SyncTargetError(
    'wrong-passphrase',
    `${describeSyncFile(fileId)} is encrypted. Enter the archive's passphrase to read it; nothing was changed.`,
  );
}

export function wrongPassphrase(): SyncTargetError {
  return new SyncTargetError(
    'wrong-passphrase',
    'That passphrase does not open this archive. Check it with whoever set up sync; nothing was changed.',
  );
}

/** 67108864 → "64 MiB", 5000 → "5,000 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${Math.round((bytes / 1024 ** 2) * 10) / 10} MiB`;
  return `${formatCount(bytes)} bytes`;
}
