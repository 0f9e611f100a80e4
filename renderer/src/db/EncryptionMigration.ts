/**
 * Rewriting the records an archive already holds when encryption is turned on (every sensitive field
 * sealed) or off (every sealed field written back in clear). Both directions are the same work: read each
 * row through the field encryption middleware, which opens what is sealed, and put it back, which seals
 * it or, while turning off, leaves it clear. It goes table by table in chunks, one transaction each that
 * also moves the marker in `meta` (migrationMarker.ts), so a large archive neither holds one huge
 * transaction nor freezes, and a closed window or a crash resumes where it stopped on the next unlock.
 * Until it finishes, reads meet a mix of clear and sealed values, which the middleware accepts.
 *
 * Turning off ends by removing the key row in the same transaction as the marker: until the last chunk
 * is written the key stays available, so an interrupted run can always be finished.
 *
 * Rewriting a row here is a storage change, not a data change: it bypasses the repositories, so no clock
 * moves and nothing is queued for sync.
 */
import Dexie from 'dexie';
import { blobWithBytes } from './blobWithBytes';
import { ENCRYPTED_FIELDS } from './encryptedFields';
import type { LiaisonDatabase } from './LiaisonDatabase';
import { ENCRYPTION_META_KEY, MIGRATION_META_KEY } from './keyRecord';
import { readMigrationMarker, type MigrationDirection, type MigrationMarker } from './migrationMarker';

export interface MigrationProgress {
  done: number;
  total: number;
}

/** How a run ended: `finished` false when it was cancelled (it resumes from its marker later). */
export interface MigrationOutcome {
  direction: MigrationDirection;
  finished: boolean;
}

const TABLES = [...Object.keys(ENCRYPTED_FIELDS), 'tombstones', 'blobs'];
const CHUNK = 200;

type Row = Record<string, unknown>;
type BlobBytes = Map<unknown, { data: Uint8Array; type: string }>;

export class EncryptionMigration {
  constructor(
    private readonly db: LiaisonDatabase,
    private readonly chunkSize = CHUNK,
  ) {}

  /** Runs the migration the marker names, if any, to its end or until `signal` is aborted. */
  async run(
    onProgress?: (progress: MigrationProgress) => void,
    signal?: AbortSignal,
  ): Promise<MigrationOutcome | null> {
    let marker = await this.marker();
    if (!marker) return null;
    const { direction } = marker;
    // A connection that opened before turning off began learns it here, before it writes anything.
    if (direction === 'decrypt') this.db.encryption.setConfigured(true, true);
    let total = 0;
    for (const name of TABLES) total += await this.db.table(name).count();
    let done = 0;
    for (let t = 0; t < marker.table; t++) done += await this.db.table(TABLES[t]!).count();
    while (marker) {
      if (signal?.aborted) return { direction, finished: false };
      if (!TABLES[marker.table]) {
        await this.finish(direction);
        break;
      }
      const chunk = await this.rewriteChunk(marker);
      done += chunk.count;
      marker = chunk.next;
      onProgress?.({ done: Math.min(done, total), total });
    }
    return { direction, finished: true };
  }

  private async marker(): Promise<MigrationMarker | null> {
    return readMigrationMarker((await this.db.meta.get(MIGRATION_META_KEY))?.value);
  }

  /** Removes the marker; turning off removes the key row with it, in the same transaction. */
  private async finish(direction: MigrationDirection): Promise<void> {
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.delete(MIGRATION_META_KEY);
      if (direction === 'decrypt') await this.db.meta.delete(ENCRYPTION_META_KEY);
    });
  }

  /**
   * Rewrites one chunk and moves the marker past it, in the same transaction. The marker is read again
   * inside it: if another run (another tab, or a second resume) moved or finished it meanwhile, this
   * chunk is left to that run and the loop carries on from where the stored marker says.
   */
  private async rewriteChunk(
    marker: MigrationMarker,
  ): Promise<{ count: number; next: MigrationMarker | null }> {
    const table = this.db.table(TABLES[marker.table]!);
    const select = () =>
      (marker.after === null ? table.orderBy(':id') : table.where(':id').above(marker.after))
        .limit(this.chunkSize)
        .toArray() as Promise<Row[]>;
    const keyPath = table.schema.primKey.keyPath ?? 'id';
    const keyOf = (row: Row): unknown => Dexie.getByKeyPath(row, keyPath);
    const blobBytes =
      table.name === 'blobs' && marker.direction === 'encrypt'
        ? await readBlobs(await select(), keyOf)
        : null;
    return this.db.transaction('rw', [table, this.db.meta], async () => {
      const stored = await this.marker();
      if (!stored || stored.table !== marker.table || !sameKey(stored.after, marker.after))
        return { count: 0, next: stored };
      const rows = await select();
      const next: MigrationMarker =
        rows.length < this.chunkSize
          ? { direction: marker.direction, table: marker.table + 1, after: null }
          : { direction: marker.direction, table: marker.table, after: keyOf(rows[rows.length - 1]!) };
      await table.bulkPut(
        blobBytes ? rows.map((row) => withKnownBytes(row, blobBytes.get(keyOf(row)))) : rows,
      );
      await this.db.meta.put({ key: MIGRATION_META_KEY, value: next });
      return { count: rows.length, next };
    });
  }
}

/**
 * Sealing needs attachment bytes, which a Blob gives only asynchronously, so they are read before the
 * chunk's transaction; blobs are content-addressed and never change, so nothing can slip in between.
 * Opening needs no such step: the middleware hands sealed bytes back as a Blob it can store again.
 */
async function readBlobs(rows: Row[], keyOf: (row: Row) => unknown): Promise<BlobBytes> {
  const bytes: BlobBytes = new Map();
  for (const row of rows) {
    const data = row['data'];
    if (data instanceof Blob)
      bytes.set(keyOf(row), { data: new Uint8Array(await data.arrayBuffer()), type: data.type });
  }
  return bytes;
}

function withKnownBytes(row: Row, bytes: { data: Uint8Array; type: string } | undefined): Row {
  return bytes ? { ...row, data: blobWithBytes(bytes.data, bytes.type) } : row;
}

/** Primary keys here are strings or arrays of strings (tombstones' [table+id]). */
function sameKey(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
