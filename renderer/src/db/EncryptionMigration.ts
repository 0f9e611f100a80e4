/**
 * Sealing the records an archive already holds when encryption is turned on. It rewrites each table in
 * chunks of its own transactions (so a large archive neither holds one huge transaction nor freezes),
 * and keeps its place in `meta`, so a closed window or a crash resumes where it stopped on the next
 * unlock. Until it finishes, reads meet a mix of clear and sealed values, which the middleware accepts.
 *
 * Rewriting a row here is a storage change, not a data change: it bypasses the repositories, so no clock
 * moves and nothing is queued for sync.
 */
import Dexie from 'dexie';
import { blobWithBytes } from './blobWithBytes';
import { ENCRYPTED_FIELDS } from './encryptedFields';
import type { LiaisonDatabase } from './LiaisonDatabase';
import { MIGRATION_META_KEY } from './keyRecord';

export interface MigrationProgress {
  done: number;
  total: number;
}

const TABLES = [...Object.keys(ENCRYPTED_FIELDS), 'tombstones', 'blobs'];
const CHUNK = 200;

interface Marker {
  table: number;
  after: unknown;
}

export class EncryptionMigration {
  constructor(
    private readonly db: LiaisonDatabase,
    private readonly chunkSize = CHUNK,
  ) {}

  async run(onProgress?: (progress: MigrationProgress) => void): Promise<void> {
    let marker = await this.marker();
    if (!marker) return;
    let total = 0;
    for (const name of TABLES) total += await this.db.table(name).count();
    let done = 0;
    for (let t = 0; t < marker.table; t++) done += await this.db.table(TABLES[t]!).count();
    while (marker) {
      const name = TABLES[marker.table];
      if (!name) {
        await this.db.meta.delete(MIGRATION_META_KEY);
        break;
      }
      const sealed = await this.sealChunk(name, marker);
      done += sealed.count;
      marker = sealed.next;
      onProgress?.({ done: Math.min(done, total), total });
    }
  }

  private async marker(): Promise<Marker | null> {
    const value = (await this.db.meta.get(MIGRATION_META_KEY))?.value as Marker | undefined;
    return value && typeof value.table === 'number' ? value : null;
  }

  /** Seals one chunk and moves the marker past it, in the same transaction. */
  private async sealChunk(name: string, marker: Marker): Promise<{ count: number; next: Marker }> {
    const table = this.db.table(name);
    const select = () =>
      (marker.after === null ? table.orderBy(':id') : table.where(':id').above(marker.after))
        .limit(this.chunkSize)
        .toArray() as Promise<Array<Record<string, unknown>>>;
    // Attachment contents can only be read asynchronously, so blobs are read first and written in a
    // second transaction; they are content-addressed and never change, so nothing can slip in between.
    const keyPath = table.schema.primKey.keyPath ?? 'id';
    const keyOf = (row: Record<string, unknown>): unknown => Dexie.getByKeyPath(row, keyPath);
    const blobBytes = new Map<unknown, { data: Uint8Array; type: string }>();
    if (name === 'blobs') {
      for (const row of await select()) {
        const bytes = await bytesOf(row['data']);
        if (bytes) blobBytes.set(keyOf(row), bytes);
      }
    }
    return this.db.transaction('rw', [table, this.db.meta], async () => {
      const rows = await select();
      const next: Marker =
        rows.length < this.chunkSize
          ? { table: marker.table + 1, after: null }
          : { table: marker.table, after: keyOf(rows[rows.length - 1]!) };
      const rewritten = rows.map((row) => {
        const bytes = blobBytes.get(keyOf(row));
        return bytes ? { ...row, data: blobWithBytes(bytes.data, bytes.type) } : row;
      });
      await table.bulkPut(rewritten);
      await this.db.meta.put({ key: MIGRATION_META_KEY, value: next });
      return { count: rows.length, next };
    });
  }
}

async function bytesOf(data: unknown): Promise<{ data: Uint8Array; type: string } | null> {
  if (!(data instanceof Blob)) return null;
  return { data: new Uint8Array(await data.arrayBuffer()), type: data.type };
}
