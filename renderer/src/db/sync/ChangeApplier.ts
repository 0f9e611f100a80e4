/**
 * Merges incoming changes into the database: one strict transaction per batch (a segment, a bundle part),
 * so a batch is applied whole or not at all. Only records the merge really changed are written, so
 * applying a batch twice writes nothing. Records merged in are marked in the outbox with their origin, so
 * they travel on to other targets (a laptop's notes that came by USB reach the shared folder) but not
 * back; conflicts found here are marked without an origin, so they go everywhere.
 */
import type { Table } from 'dexie';
import { toFieldIssues } from '../../../../shared/domain/validation';
import type { Change, SyncedTable } from '../../../../shared/sync/change';
import { maxHlc } from '../../../../shared/sync/hybridLogicalClock';
import { mergeChange, type ConflictFound, type StoredRecord } from '../../../../shared/sync/mergeChange';
import { SYNCED_TABLES, longTextOf, type Conflict } from '../../../../shared/sync/syncedTables';
import { SyncTargetError } from '../../../../shared/sync/SyncTransport';
import { CLOCK_KEY, type ChangeCapture } from '../ChangeCapture';
import type { LiaisonDatabase, TombstoneRow } from '../LiaisonDatabase';
import type { Repositories } from '../repositories/createRepositories';
import { readStoredRecords } from './readStoredRecords';
import { clocksFromStored, tombstoneFromStored } from './storedRecords';

export interface ApplyResult {
  /** Records written (created, updated or deleted). */
  written: number;
  /** Of those, records deleted. */
  deleted: number;
  /** New conflicts found. */
  conflicts: number;
  /** The newest stamp seen in the batch (to warn about clocks far ahead). */
  newestStamp: string | null;
}

export interface DeletePlan {
  /** Live records the changes would delete. */
  deletes: number;
  /** Live records in the archive now. */
  live: number;
}

type Key = `${SyncedTable}\u0000${string}`;
/** Rows validated and handed to IndexedDB at a time (see `write`). */
const WRITE_SLICE = 100;
const keyOf = (table: SyncedTable, id: string): Key => `${table}\u0000${id}`;

export class ChangeApplier {
  constructor(
    private readonly db: LiaisonDatabase,
    private readonly capture: ChangeCapture,
    private readonly repos: Repositories,
  ) {}

  private get tables(): Table[] {
    return [
      ...Object.keys(SYNCED_TABLES).map((name) => this.db.table(name)),
      this.db.tombstones,
      this.db.outbox,
      this.db.meta,
    ];
  }

  /** How many live records these changes would delete, for the mass-delete fail-safe. */
  async planDeletes(changes: readonly Change[]): Promise<DeletePlan> {
    return this.db.transaction('r', this.tables, async () => {
      const byTable = new Map<SyncedTable, Set<string>>();
      for (const change of changes) {
        if (change.op !== 'delete') continue;
        const ids = byTable.get(change.table) ?? new Set<string>();
        ids.add(change.id);
        byTable.set(change.table, ids);
      }
      let deletes = 0;
      for (const [table, ids] of byTable) {
        const rows = await this.db.table(table).bulkGet([...ids]);
        deletes += rows.filter((row) => row !== undefined).length;
      }
      let live = 0;
      for (const table of Object.keys(SYNCED_TABLES)) {
        if (table !== 'conflicts') live += await this.db.table(table).count();
      }
      return { deletes, live };
    });
  }

  /**
   * Applies a batch in one transaction. `origin` names where it came from. `within` runs inside the same
   * transaction (sync records how far it has read there, so position and data commit together).
   */
  async apply(
    changes: readonly Change[],
    origin: string,
    within?: () => Promise<void>,
    extraTables: Table[] = [],
  ): Promise<ApplyResult> {
    return this.db.transaction('rw', [...this.tables, ...extraTables], async () => {
      const current = await this.load(changes);
      const changed = new Set<Key>();
      const found: ConflictFound[] = [];
      let newest: string | null = null;
      for (const change of changes) {
        const key = keyOf(change.table, change.id);
        const outcome = mergeChange(current.get(key), change, longTextOf(change.table));
        current.set(key, outcome.record);
        if (outcome.changed) changed.add(key);
        found.push(...outcome.conflicts);
        const stamp = newestStampOf(change);
        if (stamp !== null) newest = newest === null ? stamp : maxHlc(newest, stamp);
      }
      const conflictKeys = await this.addConflicts(found, current);
      const result = await this.write(current, changed, conflictKeys, origin);
      if (newest !== null) {
        this.capture.clock.receive(newest);
        await this.db.meta.put({ key: CLOCK_KEY, value: this.capture.clock.current() });
      }
      await within?.();
      return { ...result, conflicts: conflictKeys.size, newestStamp: newest };
    });
  }

  /** The local state of every record the batch touches: live row, tombstone, or nothing. */
  private async load(changes: readonly Change[]): Promise<Map<Key, StoredRecord>> {
    const idsByTable = new Map<SyncedTable, Set<string>>();
    for (const { table, id } of changes) {
      if (!idsByTable.has(table)) idsByTable.set(table, new Set());
      idsByTable.get(table)!.add(id);
    }
    const current = new Map<Key, StoredRecord>();
    for (const [table, ids] of idsByTable) {
      for (const [id, record] of await readStoredRecords(this.db, table, [...ids]))
        current.set(keyOf(table, id), record);
    }
    return current;
  }

  /** New conflict records for lost text (found twice, kept once: their ids are deterministic). */
  private async addConflicts(
    found: readonly ConflictFound[],
    current: Map<Key, StoredRecord>,
  ): Promise<Set<Key>> {
    const added = new Set<Key>();
    if (found.length === 0) return added;
    const ids = [...new Set(found.map((conflict) => conflict.id))];
    const existing = await this.db.conflicts.bulkGet(ids);
    const known = new Set(ids.filter((_, i) => existing[i] !== undefined));
    for (const conflict of found) {
      const key = keyOf('conflicts', conflict.id);
      if (known.has(conflict.id) || current.has(key)) continue;
      const fields: Omit<Conflict, 'id'> = {
        table: conflict.table,
        recordId: conflict.recordId,
        field: conflict.field,
        text: conflict.text,
        stamp: conflict.stamp,
        resolution: 'open',
      };
      // Stamped with the lost version's own stamp: every laptop that finds this conflict writes the same
      // record, and a resolution (stamped later) wins over a late discovery elsewhere.
      const stamps = Object.fromEntries(Object.keys(fields).map((field) => [field, conflict.stamp]));
      current.set(key, { fields, stamps, lineage: {}, deleted: null });
      added.add(key);
    }
    return added;
  }

  private async write(
    current: Map<Key, StoredRecord>,
    changed: Set<Key>,
    conflictKeys: Set<Key>,
    origin: string,
  ): Promise<Omit<ApplyResult, 'conflicts' | 'newestStamp'>> {
    const upserts = new Map<SyncedTable, Array<{ id: string; record: StoredRecord }>>();
    const removals = new Map<SyncedTable, string[]>();
    const tombstones: TombstoneRow[] = [];
    const marked = new Map<
      string,
      { table: SyncedTable; op: 'upsert' | 'delete'; ids: string[]; hlc: string; origin?: string }
    >();
    const mark = (table: SyncedTable, op: 'upsert' | 'delete', id: string, hlc: string, from?: string) => {
      const group = `${table} ${op} ${from ?? ''}`;
      const entry = marked.get(group) ?? { table, op, ids: [], hlc, ...(from ? { origin: from } : {}) };
      entry.ids.push(id);
      entry.hlc = maxHlc(entry.hlc, hlc);
      marked.set(group, entry);
    };
    let deleted = 0;
    for (const key of new Set([...changed, ...conflictKeys])) {
      const cut = key.indexOf('\u0000');
      const table = key.slice(0, cut) as SyncedTable;
      const id = key.slice(cut + 1);
      const record = current.get(key)!;
      const from = conflictKeys.has(key) ? undefined : origin;
      if (record.deleted) {
        listIn(removals, table).push(id);
        tombstones.push(tombstoneFromStored(table, id, record));
        mark(table, 'delete', id, record.deleted.hlc, from);
        deleted++;
        continue;
      }
      listIn(upserts, table).push({ id, record });
      mark(table, 'upsert', id, clocksFromStored(record)._clock, from);
    }
    // Requests are issued without waiting for each other (IndexedDB runs them in order within the
    // transaction), and rows are validated a slice at a time: the database writes one slice while the
    // next is checked, instead of waiting for the whole batch to be checked first. An invalid row throws,
    // which aborts the transaction and every request already issued in it.
    const requests: Array<Promise<unknown>> = [];
    const issue = (request: Promise<unknown>) => {
      // When a row proves invalid, the abort fails the requests already issued before `Promise.all`
      // below is reached: they are handled here so they are not reported as unhandled rejections.
      request.catch(() => undefined);
      requests.push(request);
    };
    for (const [table, ids] of removals) issue(this.db.table(table).bulkDelete(ids));
    if (tombstones.length > 0) issue(this.db.tombstones.bulkPut(tombstones));
    for (const [table, records] of upserts) {
      for (let from = 0; from < records.length; from += WRITE_SLICE) {
        const rows = records
          .slice(from, from + WRITE_SLICE)
          .map(({ id, record }) => this.validRow(table, id, record));
        issue(this.db.table(table).bulkPut(rows));
      }
    }
    for (const entry of marked.values()) issue(this.db.outbox.add({ ...entry, fields: null }));
    await Promise.all(requests);
    return { written: changed.size + conflictKeys.size, deleted };
  }

  /** A merged record as a row, if it is a valid entity; otherwise the whole batch is refused. */
  private validRow(table: SyncedTable, id: string, record: StoredRecord): Record<string, unknown> {
    const parsed = SYNCED_TABLES[table].schema.safeParse({ ...record.fields, id });
    if (!parsed.success) {
      const fields = toFieldIssues(parsed.error)
        .map((issue) => issue.field)
        .join(', ');
      throw new SyncTargetError(
        'corrupt',
        `A change to ${table} record ${id} is not valid (${fields}); nothing from this batch was applied.`,
      );
    }
    const clocks = clocksFromStored(record);
    if (table === 'conflicts') return { ...parsed.data, ...clocks };
    return this.repos[table].rowWithClocks(parsed.data as never, clocks) as unknown as Record<
      string,
      unknown
    >;
  }
}

/** The list kept under `key`, made empty on first use (appending stays linear in a large batch). */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function newestStampOf(change: Change): string | null {
  if (change.op === 'delete') return change.hlc;
  let newest: string | null = null;
  for (const field of Object.values(change.fields)) {
    newest = newest === null ? field.hlc : maxHlc(newest, field.hlc);
  }
  return newest;
}
