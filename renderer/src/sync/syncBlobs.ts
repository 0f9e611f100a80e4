/**
 * Attachment contents travel beside the records, as content-addressed files (`blobs/<sha256>`): sent
 * before the segment whose attachment records need them, fetched and checked against their hash before
 * such a segment is merged. Already-compressed formats dominate, so blobs are sealed without gzip.
 */
import type { Change } from '../../../shared/sync/change';
import { seal, sha256Hex, unseal } from '../../../shared/sync/syncCrypto';
import { damaged, tampered } from '../../../shared/sync/syncFileErrors';
import { blobPath } from '../../../shared/sync/syncPaths';
import type { SyncTransport } from '../../../shared/sync/SyncTransport';
import type { SyncBlobStore } from '../db/sync/SyncBlobStore';

const SHA256 = /^[0-9a-f]{64}$/;

/** The contents the attachment records among these changes point at: hash → MIME type. */
export function blobsNeeded(changes: readonly Change[]): Map<string, string> {
  const needed = new Map<string, string>();
  for (const change of changes) {
    if (change.table !== 'attachments' || change.op !== 'upsert') continue;
    const sha = change.fields['sha256']?.value;
    const type = change.fields['mimeType']?.value;
    if (typeof sha === 'string' && SHA256.test(sha)) needed.set(sha, typeof type === 'string' ? type : '');
  }
  return needed;
}

/** Opens a sealed blob and checks that its content has the hash it is filed under. */
export async function openBlob(bytes: Uint8Array, fileId: string, sha: string, key: CryptoKey | null) {
  const plain = await unseal(bytes, fileId, key);
  if ((await sha256Hex(plain)) !== sha) throw tampered(fileId, 'its content does not match its SHA-256');
  return plain;
}

export async function fetchBlobs(
  changes: readonly Change[],
  transport: SyncTransport,
  key: CryptoKey | null,
  blobs: SyncBlobStore,
): Promise<void> {
  const needed = blobsNeeded(changes);
  if (needed.size === 0) return;
  const present = await blobs.present([...needed.keys()]);
  for (const [sha, type] of needed) {
    if (present.has(sha)) continue;
    const path = blobPath(sha);
    const bytes = await transport.read(path);
    if (bytes === null) throw damaged(path, 'an attachment needs it but it is not on the target');
    await blobs.put(sha, await openBlob(bytes, path, sha, key), type || undefined);
  }
}

export async function sendBlobs(
  changes: readonly Change[],
  transport: SyncTransport,
  key: CryptoKey | null,
  blobs: SyncBlobStore,
  there: Set<string>,
): Promise<void> {
  for (const sha of blobsNeeded(changes).keys()) {
    if (there.has(sha)) continue;
    const bytes = await blobs.read(sha);
    // An attachment whose content never reached this laptop: whoever has it sends it.
    if (bytes === null) continue;
    await transport.write(blobPath(sha), await seal(bytes, blobPath(sha), key, { compress: false }));
    there.add(sha);
  }
}
