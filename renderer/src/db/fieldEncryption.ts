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
 */
import type { DBCoreCursor, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Dexie } from 'dexie';
import { blobWithBytes, knownBytesOf } from './blobWithBytes';
import { encryptedFieldsOf, UNPERSISTED_WHILE_ENCRYPTED } from './encryptedFields';
import { EncryptionState, LockedError } from './EncryptionState';
import { isBytes, isSealed, type FieldAddress } from './FieldCipher';
import { ENCRYPTION_META_KEY, MIGRATION_META_KEY } from './keyRecord';
import { isTurningOff } from './migrationMarker';

type Row = Record<string, unknown>;

/** Registers the middleware on `db` and returns the state it follows. */
export function installFieldEncryption(db: Dexie, state = new EncryptionState()): EncryptionState {
  db.use({
    stack: 'dbcore',
    name: 'field-encryption',
    level: -10,
    create: (down) => ({ ...down, table: (name) => encryptingTable(down.table(name), state) }),
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

function encryptingTable(table: DBCoreTable, state: EncryptionState): DBCoreTable {
  const name = table.name;
  const fields = encryptedFieldsOf(name);
  const handled = fields.length > 0 || name === 'tombstones' || name === 'blobs';
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
      mutate: (req) => (state.mode === 'off' ? table.mutate(req) : dropWrite(table, req)),
    };
  }
  return {
    ...table,
    mutate: (req) =>
      table.mutate(req.type === 'put' || req.type === 'add' ? { ...req, values: req.values.map(seal) } : req),
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((rows) => rows.map(open)),
    query: (req) =>
      table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
    openCursor: (req) =>
      table
        .openCursor(req)
        .then((cursor) => (cursor && req.values !== false ? openingCursor(cursor, open) : cursor)),
  };
}

/** Turns a write of an index that must not reach the disk into the removal of any stored copy. */
function dropWrite(table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (req.type !== 'put' && req.type !== 'add') return table.mutate(req);
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
