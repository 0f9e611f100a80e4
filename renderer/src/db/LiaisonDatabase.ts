/**
 * The only place that defines and opens the IndexedDB database. Every read-write transaction uses
 * strict durability, so a write the UI reports as saved has reached the disk.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type {
  ActionItem,
  Agreement,
  Attachment,
  Event,
  Meeting,
  Note,
  Organization,
  Person,
  Session,
} from '../../../shared/domain/entities';
import type { OutboxEntry, SyncedTable } from '../../../shared/sync/change';
import type { RecordClocks } from '../../../shared/sync/recordClocks';
import type { Conflict } from '../../../shared/sync/syncedTables';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schemaVersions';
import { isQuotaError } from './storageFull';
import { installFieldEncryption } from './fieldEncryption';

export const DATABASE_NAME = 'liaison';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** An entity as stored: its fields, its clock stamps, and derived `_` index keys. */
export type Row<T> = T & RecordClocks & { [derived: `_${string}`]: unknown };

export interface BlobRow {
  sha256: string;
  data: Blob;
}

/** Records changed since the last sync, in the order the changes were made. */
export type OutboxRow = OutboxEntry;

/** A deleted record: its last state is kept so a delete never destroys text beyond recovery. */
export interface TombstoneRow {
  table: SyncedTable;
  id: string;
  hlc: string;
  /** The record's fields and clocks as they were (merges that arrive later still update them). */
  last: Record<string, unknown>;
  /**
   * Long text the deleter had seen: field → that version's stamp, then those it replaced. Missing on
   * tombstones written before sync existed: then it is what `last` held.
   */
  seen?: Record<string, string[]>;
}

/** A stored piece of the search index (see renderer/src/search). */
export interface SearchIndexRow {
  key: string;
  value: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export class LiaisonDatabase extends Dexie {
  declare settings: Table<SettingRow, string>;
  declare events: Table<Row<Event>, string>;
  declare sessions: Table<Row<Session>, string>;
  declare organizations: Table<Row<Organization>, string>;
  declare people: Table<Row<Person>, string>;
  declare meetings: Table<Row<Meeting>, string>;
  declare notes: Table<Row<Note>, string>;
  declare actionItems: Table<Row<ActionItem>, string>;
  declare agreements: Table<Row<Agreement>, string>;
  declare attachments: Table<Row<Attachment>, string>;
  declare blobs: Table<BlobRow, string>;
  declare outbox: Table<OutboxRow, number>;
  declare tombstones: Table<TombstoneRow, [SyncedTable, string]>;
  declare meta: Table<MetaRow, string>;
  declare searchIndex: Table<SearchIndexRow, string>;
  declare conflicts: Table<Row<Conflict>, string>;

  /** Encryption at rest: off unless this archive's `meta` holds a key (see renderer/src/db/KeyStore.ts). */
  readonly encryption = installFieldEncryption(this);

  /**
   * @param upToVersion Defines the schema only up to this version; migration tests use it to create a
   *   database as an older release of the app would have.
   */
  /** The highest schema version this build defines. */
  readonly declaredVersion: number;

  constructor(
    name: string = DATABASE_NAME,
    options: Partial<DexieOptions> = {},
    upToVersion = LATEST_SCHEMA_VERSION,
  ) {
    super(name, { ...options, chromeTransactionDurability: 'strict' });
    this.declaredVersion = Math.min(upToVersion, LATEST_SCHEMA_VERSION);
    this.watchForFullStorage();
    for (const step of SCHEMA_VERSIONS) {
      if (step.version > upToVersion) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }

  private readonly fullListeners = new Set<() => void>();

  /**
   * Calls `listener` whenever a write transaction is aborted because the disk or the storage quota is
   * full, wherever the write came from (a form, an import, a sync). IndexedDB rolls such a transaction
   * back whole, so nothing stored earlier is touched; the app only has to say what happened.
   */
  onStorageFull(listener: () => void): () => void {
    this.fullListeners.add(listener);
    return () => this.fullListeners.delete(listener);
  }

  private watchForFullStorage(): void {
    this.use({
      stack: 'dbcore',
      name: 'storage-full',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          const transaction = down.transaction(stores, mode, options);
          // In every backend Dexie runs on, the core transaction is the IDBTransaction itself.
          const native = transaction as unknown as Partial<IDBTransaction>;
          if (mode === 'readwrite' && typeof native.addEventListener === 'function') {
            native.addEventListener('abort', () => {
              if (isQuotaError(native.error)) this.fullListeners.forEach((listener) => listener());
            });
          }
          return transaction;
        },
      }),
    });
  }
}

/** Why the database did not open, in words the start screen can show. */
export class DatabaseOpenError extends Error {
  constructor(
    message: string,
    readonly reason: 'newer-version' | 'blocked' | 'unavailable',
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'DatabaseOpenError';
  }
}

const NEWER_VERSION_MESSAGE =
  'This archive was written by a newer version of Liaison. Update Liaison to open it; nothing was changed.';

export async function openDatabase(db: LiaisonDatabase): Promise<LiaisonDatabase> {
  try {
    await db.open();
  } catch (error) {
    throw describeOpenFailure(error);
  }
  // Dexie 4 opens a database of a higher version as it is. A newer release may have reshaped the data,
  // so this release refuses it instead of reading or writing what it does not understand.
  // Dexie stores version N as IndexedDB version N × 10.
  if (db.backendDB().version / 10 > db.declaredVersion) {
    db.close();
    throw new DatabaseOpenError(NEWER_VERSION_MESSAGE, 'newer-version');
  }
  return db;
}

function describeOpenFailure(error: unknown): DatabaseOpenError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'VersionError')
    return new DatabaseOpenError(NEWER_VERSION_MESSAGE, 'newer-version', { cause: error });
  if (name === 'DatabaseClosedError' || name === 'BlockedError') {
    return new DatabaseOpenError(
      'Another Liaison window is holding the archive. Close it and reload.',
      'blocked',
      {
        cause: error,
      },
    );
  }
  return new DatabaseOpenError(
    `The archive could not be opened: ${error instanceof Error ? error.message : String(error)}`,
    'unavailable',
    { cause: error },
  );
}
