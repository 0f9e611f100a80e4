/**
 * The DBCore middleware that encrypts the sensitive fields on their way into IndexedDB and decrypts them
 * on their way out, synchronously, inside the transaction (see FieldCipher for why synchronously).
 *
 * It sits at the bottom of Dexie's stack (level -10), right above IndexedDB, so hooks, caches and every
 * repository see clear values and only the disk sees sealed ones. With encryption off it passes
 * everything through untouched. While locked, reading a sealed value or writing a sensitive one throws
 * LockedError; it never returns ciphertext and never writes clear text. Clear values still read as they
 * are, because turning encryption on seals an existing archive in chunks (EncryptionMigration). While
 * encryption is being turned off, writes stay clear and reads still open what is sealed.
 *
 * Another connection (another tab in web mode) can turn encryption on or off at any moment, so a write
 * never trusts what this connection last knew: every read-write transaction that can write a sensitive
 * table also takes `meta`, and each operation on such a table in it first reads the key row and the
 * migration marker there and follows them (EncryptionState.reconcile). IndexedDB isolates the transaction, so what
 * it read still holds when it writes: no value is sealed with a key whose row is gone or going, and no
 * sensitive value is written in clear into an encrypted archive.
 */
import type {
  DBCore,
  DBCoreCursor,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Dexie,
} from 'dexie';
import { blobWithBytes, knownBytesOf } from './blobWithBytes';
import { encryptedFieldsOf, UNPERSISTED_WHILE_ENCRYPTED } from './encryptedFields';
import { EncryptionState, LockedError } from './EncryptionState';
import { isBytes, isSealed, type FieldAddress } from './FieldCipher';
import { ENCRYPTION_META_KEY, isKeyRecord, MIGRATION_META_KEY } from './keyRecord';
import { isTurningOff } from './migrationMarker';

type Row = Record<string, unknown>;

/** Registers the middleware on `db` and returns the state it follows. */
export function installFieldEncryption(db: Dexie, state = new EncryptionState()): EncryptionState {
  db.use({
    stack: 'dbcore',
    name: 'field-encryption',
    level: -10,
    create: (down) => {
      const recheck = keyRowCheck(down, state);
      return {
        ...down,
        transaction: recheck.transaction,
        table: (name) =>
          name === 'meta' && recheck.metaTable
            ? recheck.metaTable
            : encryptingTable(down.table(name), state, recheck.before),
      };
    },
  });
  // Every connection (the window's and each worker's) learns whether the archive is encrypted, and
  // whether it is being turned off, before its first query: a worker never writes clear text into an
  // encrypted archive, nor sealed text into one whose key is about to go.
  db.on(
    'ready',
    (vip: Dexie) =>
      vip.tables.some((table) => table.name === 'meta')
        ? vip
            .table('meta')
            .bulkGet([ENCRYPTION_META_KEY, MIGRATION_META_KEY])
            .then(([key, migration]: Array<{ value?: unknown } | undefined>) =>
              state.setConfigured(Boolean(key?.value), isTurningOff(migration?.value)),
            )
        : undefined,
    true,
  );
  return state;
}

function isHandled(name: string): boolean {
  return encryptedFieldsOf(name).length > 0 || name === 'tombstones' || name === 'blobs';
}

/**
 * Widens every read-write transaction over a table this middleware guards to `meta` (IndexedDB fixes a
 * transaction's tables when it is created), and gives the operations in it a step that reads the key row
 * and the marker there first. Transactions it did not create (a schema upgrade's) are left as they were.
 *
 * The rows are read once per transaction, by its first operation on a guarded table: with `meta` in its
 * scope no other connection can write them until it ends, so they cannot change under it except by its
 * own writes to `meta`, which make the next operation read them again. (Reading them before every
 * operation cost a 100,000-meeting import a third of its speed: in Chromium a read after writes in a
 * large read-write transaction is slow.)
 */
function keyRowCheck(down: DBCore, state: EncryptionState) {
  const checked = new WeakSet<DBCoreTransaction>();
  const followed = new WeakMap<DBCoreTransaction, Promise<void>>();
  const meta = down.schema.tables.some((table) => table.name === 'meta') ? down.table('meta') : null;
  const guards = (name: string) => isHandled(name) || UNPERSISTED_WHILE_ENCRYPTED.has(name);
  const transaction: DBCore['transaction'] = (stores, mode, options) => {
    if (!meta || mode !== 'readwrite' || !stores.some(guards)) return down.transaction(stores, mode, options);
    const trans = down.transaction(stores.includes('meta') ? stores : [...stores, 'meta'], mode, options);
    checked.add(trans);
    return trans;
  };
  const follow = (trans: DBCoreTransaction): Promise<void> => {
    let read = followed.get(trans);
    if (!read) {
      read = meta!
        .getMany({ trans, keys: [ENCRYPTION_META_KEY, MIGRATION_META_KEY] })
        .then(([key, migration]: Array<{ value?: unknown } | undefined>) =>
          state.reconcile(isKeyRecord(key?.value) ? key.value : null, isTurningOff(migration?.value)),
        );
      followed.set(trans, read);
    }
    return read;
  };
  /** Runs `work` once `state` follows what `meta` says inside `trans` (at once outside such a transaction). */
  const before = <T>(trans: DBCoreTransaction, work: () => Promise<T>): Promise<T> =>
    meta && checked.has(trans) ? follow(trans).then(work) : work();
  const metaTable: DBCoreTable | null = meta && {
    ...meta,
    mutate: (req) => {
      if (touchesKeyRows(req)) followed.delete(req.trans);
      return meta.mutate(req);
    },
  };
  return { transaction, before, metaTable };
}

/** Whether a write to `meta` may change the key row or the marker (the device clock, written by every
 * change, does not). */
function touchesKeyRows(req: DBCoreMutateRequest): boolean {
  const watched = (key: unknown) => key === ENCRYPTION_META_KEY || key === MIGRATION_META_KEY;
  if (req.type === 'delete') return req.keys.some(watched);
  if (req.type === 'deleteRange') return true;
  return req.values.some((value) => watched((value as { key?: unknown } | undefined)?.key));
}

type FollowMetaFirst = ReturnType<typeof keyRowCheck>['before'];

function encryptingTable(table: DBCoreTable, state: EncryptionState, before: FollowMetaFirst): DBCoreTable {
  const name = table.name;
  const fields = encryptedFieldsOf(name);
  const handled = isHandled(name);
  const keyOf = (row: Row): string => {
    const key: unknown = table.schema.primaryKey.extractKey?.(row);
    return Array.isArray(key) ? key.map(String).join('/') : String(key);
  };

  const seal = (row: Row): Row => {
    if (state.mode === 'off' || state.turningOff) return row;
    const key = keyOf(row);
    if (name === 'tombstones') return sealTombstone(row, key, state);
    if (name === 'blobs') return sealBlob(row, key, state);
    return sealFields(row, fields, (field) => ({ table: name, key, field }), state);
  };
  const open = (row: unknown): unknown => {
    if (!row || typeof row !== 'object') return row;
    const key = keyOf(row as Row);
    if (name === 'tombstones') return openTombstone(row as Row, key, state);
    if (name === 'blobs') return openBlob(row as Row, key, state);
    return openFields(row as Row, fields, (field) => ({ table: name, key, field }), state);
  };

  if (!handled && !UNPERSISTED_WHILE_ENCRYPTED.has(name)) return table;
  if (UNPERSISTED_WHILE_ENCRYPTED.has(name)) {
    return {
      ...table,
      mutate: (req) =>
        isWrite(req)
          ? before(req.trans, () => (state.mode === 'off' ? table.mutate(req) : dropWrite(table, req)))
          : table.mutate(req),
    };
  }
  return {
    ...table,
    mutate: (req) =>
      isWrite(req)
        ? before(req.trans, () => table.mutate({ ...req, values: req.values.map(seal) }))
        : table.mutate(req),
    // Reads in such a transaction follow `meta` too: a read-modify-write then fails as locked, not as
    // tampered, when it meets a value sealed under a key another tab has since put in place.
    get: (req) => before(req.trans, () => table.get(req)).then(open),
    getMany: (req) => before(req.trans, () => table.getMany(req)).then((rows) => rows.map(open)),
    query: (req) =>
      before(req.trans, () => table.query(req)).then((res) =>
        req.values ? { ...res, result: res.result.map(open) } : res,
      ),
    openCursor: (req) =>
      before(req.trans, () => table.openCursor(req)).then((cursor) =>
        cursor && req.values !== false ? openingCursor(cursor, open) : cursor,
      ),
  };
}

function isWrite(
  req: DBCoreMutateRequest,
): req is Extract<DBCoreMutateRequest, { type: 'put' } | { type: 'add' }> {
  return req.type === 'put' || req.type === 'add';
}

/** Turns a write of an index that must not reach the disk into the removal of any stored copy. */
function dropWrite(table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (!isWrite(req)) return table.mutate(req);
  const keys = req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey?.(value as Row));
  return table
    .mutate({ type: 'delete', trans: req.trans, keys })
    .then(() => ({ numFailures: 0, failures: {}, results: keys, lastResult: keys[keys.length - 1] }));
}

function openingCursor(cursor: DBCoreCursor, open: (row: unknown) => unknown): DBCoreCursor {
  let openedFor: unknown = undefined;
  let opened: unknown = undefined;
  // The backend cursor is a native IDBCursor: its key getters must be called on it, not on the wrapper.
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        const raw: unknown = cursor.value;
        if (raw !== openedFor) {
          openedFor = raw;
          opened = open(raw);
        }
        return opened;
      },
    },
  }) as DBCoreCursor;
}

function sealFields(
  row: Row,
  fields: readonly string[],
  address: (field: string) => FieldAddress,
  state: EncryptionState,
): Row {
  let out = row;
  for (const field of fields) {
    const value = out[field];
    if (typeof value !== 'string') continue;
    const cipher = state.cipher();
    if (!cipher) throw new LockedError();
    if (out === row) out = { ...row };
    out[field] = cipher.sealText(value, address(field));
  }
  return out;
}

function openFields(
  row: Row,
  fields: readonly string[],
  address: (field: string) => FieldAddress,
  state: EncryptionState,
): Row {
  let out = row;
  for (const field of fields) {
    const value = out[field];
    if (!isSealed(value)) continue;
    const cipher = state.cipher();
    if (!cipher) throw new LockedError();
    if (out === row) out = { ...row };
    out[field] = cipher.openText(value, address(field));
  }
  return out;
}

function tombstoneFields(row: Row): readonly string[] {
  return typeof row['table'] === 'string' ? encryptedFieldsOf(row['table']) : [];
}

const tombstoneAddress = (key: string) => (field: string) => ({
  table: 'tombstones',
  key,
  field: `last.${field}`,
});

function sealTombstone(row: Row, key: string, state: EncryptionState): Row {
  const last = row['last'];
  if (!last || typeof last !== 'object') return row;
  const sealed = sealFields(last as Row, tombstoneFields(row), tombstoneAddress(key), state);
  return sealed === last ? row : { ...row, last: sealed };
}

function openTombstone(row: Row, key: string, state: EncryptionState): Row {
  const last = row['last'];
  if (!last || typeof last !== 'object') return row;
  const opened = openFields(last as Row, tombstoneFields(row), tombstoneAddress(key), state);
  return opened === last ? row : { ...row, last: opened };
}

function sealBlob(row: Row, key: string, state: EncryptionState): Row {
  const data = row['data'];
  if (isSealed(data) || data === undefined) return row;
  const bytes = isBytes(data) ? data : data instanceof Blob ? knownBytesOf(data) : undefined;
  if (!bytes) {
    throw new Error(
      'Attachment contents must be stored through blobWithBytes while encryption is on; nothing was written.',
    );
  }
  const cipher = state.cipher();
  if (!cipher) throw new LockedError();
  const type = data instanceof Blob ? data.type : 'application/octet-stream';
  return { ...row, data: cipher.sealBytes(bytes, type, { table: 'blobs', key, field: 'data' }) };
}

function openBlob(row: Row, key: string, state: EncryptionState): Row {
  const data = row['data'];
  if (!isSealed(data)) return row;
  const cipher = state.cipher();
  if (!cipher) throw new LockedError();
  const bytes = cipher.openBytes(data, { table: 'blobs', key, field: 'data' });
  return { ...row, data: blobWithBytes(bytes, data.t ?? 'application/octet-stream') };
}
