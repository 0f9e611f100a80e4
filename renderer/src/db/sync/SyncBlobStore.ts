/**
 * Attachment contents for sync, by SHA-256: which ones this laptop has, their bytes to send, and storing
 * the ones that came in. A blob is stored only after its bytes were checked against its hash, and before
 * the attachment record that needs it is merged, so a record never points at missing content.
 */
import { blobWithBytes } from '../blobWithBytes';
import type { LiaisonDatabase } from '../LiaisonDatabase';

export class SyncBlobStore {
  constructor(private readonly db: LiaisonDatabase) {}

  /** Of these hashes, the ones stored here. */
  async present(sha256s: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(sha256s)];
    const keys = await this.db.blobs.where('sha256').anyOf(unique).primaryKeys();
    return new Set(keys as string[]);
  }

  async read(sha256: string): Promise<Uint8Array | null> {
    const row = await this.db.blobs.get(sha256);
    return row ? new Uint8Array(await row.data.arrayBuffer()) : null;
  }

  /** Stores checked bytes (the caller verified the hash). */
  async put(sha256: string, bytes: Uint8Array, type = 'application/octet-stream'): Promise<void> {
    await this.db.blobs.put({ sha256, data: blobWithBytes(bytes, type) });
  }
}
