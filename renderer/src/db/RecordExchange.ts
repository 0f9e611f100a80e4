/**
 * The database side of imports and exports: reading whole tables a page at a time (exports of any size)
 * and storing imported records with their attachment bytes.
 *
 * Imports only add. Records are validated first; then, in ONE strict transaction, every record whose id
 * is not yet in its table is added with change capture, and every missing blob is stored. A record whose
 * id is already there is left exactly as it is (reported as `kept`), so importing the same file twice,
 * or restoring a backup into an archive that shares records with it, changes nothing it should not. A
 * failure or a cancel inside the transaction rolls all of it back.
 */
import Dexie from 'dexie';
import {
  ENTITY_TABLES,
  ENTITY_TABLE_NAMES,
  type EntityOf,
  type EntityTableName,
} from '../../../shared/domain/entityTables';
import { ValidationError, toFieldIssues } from '../../../shared/domain/validation';
import { blobWithBytes } from './blobWithBytes';
import type { ChangeCapture } from './ChangeCapture';
import type { LiaisonDatabase } from './LiaisonDatabase';
import type { NewRecord } from './BulkWriter';
import type { Repositories } from './repositories/createRepositories';
import { stripDerived } from './repositories/EntityRepository';

export interface ImportBatch {
  records: readonly NewRecord[];
  /** Attachment bytes by SHA-256; stored once each. */
  blobs?: ReadonlyMap<string, { bytes: Uint8Array; mimeType: string }>;
}

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportOutcome {
  added: Partial<Record<EntityTableName, number>>;
  kept: Partial<Record<EntityTableName, number>>;
  blobsAdded: number;
}

export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled; nothing was changed.');
    this.name = 'ImportCancelledError';
  }
}

/** Rows written per bulk call inside the transaction, between progress reports. */
const CHUNK = 2000;

export class RecordExchange {
  constructor(
    private readonly db: LiaisonDatabase,
    private readonly capture: ChangeCapture,
    private readonly repos: Repositories,
  ) {}

  /** A page of a table's records in id order, after `afterId` (exclusive). */
  async page<N extends EntityTableName>(
    table: N,
    afterId: string | null,
    limit: number,
  ): Promise<Array<EntityOf<N>>> {
    const t = this.db.table(table);
    const rows = await (afterId === null ? t.orderBy('id') : t.where('id').above(afterId))
      .limit(limit)
      .toArray();
    return rows.map((row) => stripDerived(row as Record<string, unknown>) as EntityOf<N>);
  }

  async count(table: EntityTableName): Promise<number> {
    return this.db.table(table).count();
  }

  async counts(): Promise<Record<EntityTableName, number>> {
    const entries = await Promise.all(
      ENTITY_TABLE_NAMES.map(async (name) => [name, await this.count(name)] as const),
    );
    return Object.fromEntries(entries) as Record<EntityTableName, number>;
  }

  async blobBytes(sha256: string): Promise<Uint8Array<ArrayBuffer> | null> {
    const row = await this.db.blobs.get(sha256);
    return row ? new Uint8Array(await row.data.arrayBuffer()) : null;
  }

  /**
   * Validates every record, then adds those whose ids are new and the missing blobs in one strict
   * transaction. `signal` aborts it (rolled back) until the last chunk is written.
   */
  async importRecords(
    batch: ImportBatch,
    options: { signal?: AbortSignal; onProgress?: (progress: ImportProgress) => void } = {},
  ): Promise<ImportOutcome> {
    const byTable = new Map<EntityTableName, Array<EntityOf<EntityTableName>>>();
    for (const [index, record] of batch.records.entries()) {
      const parsed = ENTITY_TABLES[record.table].schema.safeParse(record.entity);
      if (!parsed.success)
        throw new ValidationError(
          toFieldIssues(parsed.error).map((i) => ({ ...i, field: `${record.table}[${index}].${i.field}` })),
        );
      const list = byTable.get(record.table) ?? [];
      list.push(parsed.data);
      byTable.set(record.table, list);
    }
    const blobs = batch.blobs ?? new Map();
    const total = batch.records.length + blobs.size;
    const outcome: ImportOutcome = { added: {}, kept: {}, blobsAdded: 0 };
    const checkCancel = () => {
      if (options.signal?.aborted) throw new ImportCancelledError();
    };
    checkCancel();
    const tables = [...byTable.keys()].map((name) => this.db.table(name));
    let done = 0;
    await this.db.transaction('rw', [...tables, this.db.blobs, ...this.capture.tables], async () => {
      for (const [name, entities] of byTable) {
        const table = this.db.table(name);
        const hlc = this.capture.stamp();
        const addedIds: string[] = [];
        for (let start = 0; start < entities.length; start += CHUNK) {
          checkCancel();
          const chunk = entities.slice(start, start + CHUNK);
          const present = await table.bulkGet(chunk.map((e) => e.id));
          const fresh = chunk.filter((_, i) => present[i] === undefined);
          await table.bulkAdd(fresh.map((e) => this.repos[name].rowFor(e as never, hlc)));
          addedIds.push(...fresh.map((e) => e.id));
          done += chunk.length;
          options.onProgress?.({ done, total });
        }
        outcome.added[name] = addedIds.length;
        outcome.kept[name] = entities.length - addedIds.length;
        if (addedIds.length > 0) await this.capture.recordUpsert(name, addedIds, null, hlc);
      }
      for (const [sha256, { bytes, mimeType }] of blobs) {
        checkCancel();
        if (!(await this.db.blobs.get(sha256))) {
          await this.db.blobs.put({
            sha256,
            data: blobWithBytes(bytes, mimeType),
          });
          outcome.blobsAdded++;
        }
        done++;
        options.onProgress?.({ done, total });
      }
    });
    return outcome;
  }
}

/** True for the error a cancelled import throws, also when Dexie wraps it while rolling back. */
export function isImportCancelled(error: unknown): boolean {
  return (
    error instanceof ImportCancelledError ||
    (error instanceof Dexie.DexieError &&
      (error as { inner?: unknown }).inner instanceof ImportCancelledError)
  );
}
