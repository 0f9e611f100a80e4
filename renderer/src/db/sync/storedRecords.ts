/**
 * Between the database's rows and the merge's records (shared/sync/mergeChange.ts): a row keeps one clock
 * for the record plus the fields written since, while the merge works with a stamp per field.
 */
import type { Change, SyncedTable } from '../../../../shared/sync/change';
import { emptyRecord, seenVersions, type StoredRecord } from '../../../../shared/sync/mergeChange';
import { clockOfField, type RecordClocks } from '../../../../shared/sync/recordClocks';
import type { TombstoneRow } from '../LiaisonDatabase';

/** The record's own fields: no id, no clocks, no derived index keys. */
function ownFields(row: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key !== 'id' && !key.startsWith('_')) fields[key] = value;
  }
  return fields;
}

export function storedFromRow(row: Record<string, unknown> & RecordClocks): StoredRecord {
  const fields = ownFields(row);
  const stamps: Record<string, string> = {};
  for (const field of Object.keys(fields)) stamps[field] = clockOfField(row, field);
  return { fields, stamps, lineage: { ...row._lineage }, deleted: null };
}

export function storedFromTombstone(tombstone: TombstoneRow, longText: readonly string[]): StoredRecord {
  const last = tombstone.last as Record<string, unknown> & Partial<RecordClocks>;
  const record = last._clock ? storedFromRow(last as Record<string, unknown> & RecordClocks) : emptyRecord();
  // Tombstones written before sync existed have no `seen`: the deleter had what the record held.
  const seen =
    tombstone.seen ??
    Object.fromEntries(
      longText.map((field) => [field, seenVersions(record.stamps[field], record.lineage[field])]),
    );
  return { ...record, deleted: { hlc: tombstone.hlc, seen } };
}

/** Per-field stamps folded back into a row's clocks: the commonest stamp is the record's. */
export function clocksFromStored(record: StoredRecord): RecordClocks {
  const counts = new Map<string, number>();
  for (const stamp of Object.values(record.stamps)) counts.set(stamp, (counts.get(stamp) ?? 0) + 1);
  let clock = '';
  let most = 0;
  for (const [stamp, count] of counts) {
    if (count > most || (count === most && stamp < clock)) [clock, most] = [stamp, count];
  }
  const fieldClocks: Record<string, string> = {};
  for (const [field, stamp] of Object.entries(record.stamps)) if (stamp !== clock) fieldClocks[field] = stamp;
  const lineage = Object.entries(record.lineage).filter(([, versions]) => versions.length > 0);
  return {
    _clock: clock,
    ...(Object.keys(fieldClocks).length > 0 ? { _fieldClocks: fieldClocks } : {}),
    ...(lineage.length > 0 ? { _lineage: Object.fromEntries(lineage) } : {}),
  };
}

/** The tombstone of a deleted record: its last fields and clocks, and what the deleter had seen. */
export function tombstoneFromStored(table: SyncedTable, id: string, record: StoredRecord): TombstoneRow {
  if (!record.deleted) throw new Error(`${table} ${id} is not deleted`);
  return {
    table,
    id,
    hlc: record.deleted.hlc,
    last: Object.keys(record.stamps).length > 0 ? { ...record.fields, ...clocksFromStored(record) } : {},
    seen: record.deleted.seen,
  };
}

/** The change that carries a record's whole current state (or its delete) to another device. */
export function changeFromStored(table: SyncedTable, id: string, record: StoredRecord): Change {
  if (record.deleted) return { table, id, op: 'delete', hlc: record.deleted.hlc, seen: record.deleted.seen };
  const fields: Record<string, { value: unknown; hlc: string; lineage?: string[] }> = {};
  for (const [field, value] of Object.entries(record.fields)) {
    const lineage = record.lineage[field];
    fields[field] = { value, hlc: record.stamps[field]!, ...(lineage?.length ? { lineage } : {}) };
  }
  return { table, id, op: 'upsert', fields };
}
