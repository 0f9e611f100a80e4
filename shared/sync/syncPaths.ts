/**
 * The files of a sync target, relative to its root (docs/sync-format.md):
 *
 *   liaison-archive.json            the archive header: archive id, format version, encryption parameters
 *   devices/<deviceId>/head.json    one device's list of its segments with their SHA-256
 *   devices/<deviceId>/seg-000001   that device's immutable, compressed (and maybe encrypted) segments
 *   blobs/<sha256>                  attachments, by content
 *
 * Every path that crosses IPC is checked against these patterns, so a renderer can never make main read or
 * write anything else in a target (no `..`, no absolute paths, no other names).
 */
export const HEADER_FILE = 'liaison-archive.json';

const DEVICE_ID = '[0-9A-Za-z_-]{1,32}';
const SEGMENT_DIGITS = 6;

export const SYNC_FILE_PATTERN = new RegExp(
  `^(?:${HEADER_FILE.replace('.', '\\.')}|devices/${DEVICE_ID}/(?:head\\.json|seg-[0-9]{${SEGMENT_DIGITS}})|blobs/[0-9a-f]{64})$`,
);
/** Folders that can be listed: the devices folder, one device's folder, the blobs folder. */
export const SYNC_FOLDER_PATTERN = new RegExp(`^(?:devices|devices/${DEVICE_ID}|blobs)$`);

export function isSyncFilePath(path: unknown): path is string {
  return typeof path === 'string' && SYNC_FILE_PATTERN.test(path);
}

export function isSyncFolderPath(path: unknown): path is string {
  return typeof path === 'string' && SYNC_FOLDER_PATTERN.test(path);
}

export function headPath(deviceId: string): string {
  return `devices/${deviceId}/head.json`;
}

export function segmentName(seq: number): string {
  return `seg-${String(seq).padStart(SEGMENT_DIGITS, '0')}`;
}

export function segmentPath(deviceId: string, seq: number): string {
  return `devices/${deviceId}/${segmentName(seq)}`;
}

export function blobPath(sha256: string): string {
  return `blobs/${sha256}`;
}
