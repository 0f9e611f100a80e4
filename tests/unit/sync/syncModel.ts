/**
 * A model of sync for property tests: laptops and a home archive, each with its own records, clock
 * (skewed as the test likes), outbox and applied segments, exchanging immutable segments through a shared
 * store exactly as the protocol does, with the real merge (shared/sync/mergeChange.ts).
 */
import { HybridLogicalClock } from '../../../shared/sync/hybridLogicalClock';
import type { Change, SyncedTable } from '../../../shared/sync/change';
import {
  conflictId,
  deleterHadSeen,
  mergeChange,
  nextLineage,
  seenVersions,
  type StoredRecord,
} from '../../../shared/sync/mergeChange';

export const TABLES: Record<'meetings' | 'notes', { fields: Record<string, unknown>; longText: string[] }> = {
  meetings: {
    fields: { title: 'Untitled', status: 'planned', minutes: '', outcomes: '' },
    longText: ['minutes', 'outcomes'],
  },
  notes: { fields: { text: '' }, longText: ['text'] },
};
export type ModelTable = keyof typeof TABLES;
const CONFLICT_FIELDS = ['table', 'recordId', 'field', 'text', 'stamp', 'resolved'];

export interface Segment {
  device: string;
  seq: number;
  changes: Change[];
}

/** A text a replica held when it synced: it must survive, or have been deliberately replaced. */
export interface HeldText {
  key: string;
  table: ModelTable;
  id: string;
  field: string;
  text: string;
  stamp: string;
}

export class SharedStore {
  /** Visible segments per device (listed in the device's head). */
  readonly heads = new Map<string, Segment[]>();
  /** Every long-text version ever written: stamp → where, and the versions it replaced. */
  readonly versions = new Map<string, { key: string; field: string; text: string; lineage: string[] }>();

  visible(): Segment[] {
    return [...this.heads.values()].flat();
  }
}

function longTextOf(table: SyncedTable): string[] {
  return table === 'conflicts' ? [] : TABLES[table as ModelTable].longText;
}

export class Replica {
  readonly clock: HybridLogicalClock;
  readonly records = new Map<string, StoredRecord>();
  readonly outbox = new Set<string>();
  private seq = 0;
  skew = 0;
  now = Date.UTC(2024, 10, 21, 9);

  constructor(
    readonly device: string,
    private readonly store: SharedStore,
  ) {
    this.clock = new HybridLogicalClock(device, () => this.now + this.skew);
  }

  write(table: ModelTable, id: string, field: string, value: string): void {
    const key = `${table}:${id}`;
    const existing = this.records.get(key);
    if (existing?.deleted) return; // a deleted record cannot be edited in the UI
    const record: StoredRecord = existing
      ? {
          fields: { ...existing.fields },
          stamps: { ...existing.stamps },
          lineage: { ...existing.lineage },
          deleted: null,
        }
      : { fields: {}, stamps: {}, lineage: {}, deleted: null };
    const stamp = this.clock.now();
    if (!existing) {
      for (const [name, initial] of Object.entries(TABLES[table].fields)) {
        record.fields[name] = initial;
        record.stamps[name] = stamp;
        if (TABLES[table].longText.includes(name)) record.lineage[name] = [];
      }
    }
    if (TABLES[table].longText.includes(field)) {
      record.lineage[field] = nextLineage(
        existing ? record.stamps[field] : undefined,
        existing ? record.lineage[field] : [],
      );
      this.store.versions.set(stamp, { key, field, text: value, lineage: record.lineage[field]! });
    }
    record.fields[field] = value;
    record.stamps[field] = stamp;
    this.records.set(key, record);
    this.outbox.add(key);
  }

  delete(table: ModelTable, id: string): void {
    const key = `${table}:${id}`;
    const record = this.records.get(key);
    if (!record || record.deleted) return;
    const seen = Object.fromEntries(
      TABLES[table].longText.map((f) => [f, seenVersions(record.stamps[f], record.lineage[f])]),
    );
    this.records.set(key, { ...record, deleted: { hlc: this.clock.now(), seen } });
    this.outbox.add(key);
  }

  /** Resolves a conflict by putting its text back into the record, as the conflicts view does. */
  resolve(conflictKey: string): void {
    const conflict = this.records.get(conflictKey);
    if (!conflict || conflict.fields['resolved'] === true) return;
    const { table, recordId, field, text, stamp: lostStamp } = conflict.fields as Record<string, string>;
    const key = `${table}:${recordId}`;
    const record = this.records.get(key);
    if (record && !record.deleted) {
      const stamp = this.clock.now();
      const lineage = [lostStamp!, ...nextLineage(record.stamps[field!], record.lineage[field!])].slice(
        0,
        20,
      );
      const merged = `${String(record.fields[field!])}\n${text}`;
      this.store.versions.set(stamp, { key, field: field!, text: merged, lineage });
      this.records.set(key, {
        ...record,
        fields: { ...record.fields, [field!]: merged },
        stamps: { ...record.stamps, [field!]: stamp },
        lineage: { ...record.lineage, [field!]: lineage },
      });
      this.outbox.add(key);
    }
    const stamp = this.clock.now();
    this.records.set(conflictKey, {
      ...conflict,
      fields: { ...conflict.fields, resolved: true },
      stamps: { ...conflict.stamps, resolved: stamp },
    });
    this.outbox.add(conflictKey);
  }

  /** Writes a segment of everything in the outbox; an interrupted upload never reaches the head. */
  export(interrupted: boolean): HeldText[] {
    const held: HeldText[] = [];
    for (const [key, record] of this.records) {
      if (key.startsWith('conflicts:') || record.deleted) continue;
      const [table, id] = key.split(':') as [ModelTable, string];
      for (const field of TABLES[table].longText) {
        const text = record.fields[field];
        if (typeof text === 'string' && text.trim())
          held.push({ key, table, id, field, text, stamp: record.stamps[field]! });
      }
    }
    if (this.outbox.size === 0) return held;
    const changes: Change[] = [...this.outbox].map((key) => {
      const cut = key.indexOf(':');
      const table = key.slice(0, cut) as SyncedTable;
      const id = key.slice(cut + 1);
      const record = this.records.get(key)!;
      if (record.deleted)
        return { table, id, op: 'delete', hlc: record.deleted.hlc, seen: record.deleted.seen };
      return {
        table,
        id,
        op: 'upsert',
        fields: Object.fromEntries(
          Object.keys(record.fields).map((f) => [
            f,
            {
              value: record.fields[f],
              hlc: record.stamps[f]!,
              ...(record.lineage[f] ? { lineage: record.lineage[f] } : {}),
            },
          ]),
        ),
      };
    });
    const segment = { device: this.device, seq: ++this.seq, changes };
    if (interrupted) return held; // the segment file may be there, but the head never listed it
    this.store.heads.set(this.device, [...(this.store.heads.get(this.device) ?? []), segment]);
    this.outbox.clear();
    return held;
  }

  /** Applies segments, in the order given (duplicates allowed). */
  apply(segments: readonly Segment[]): void {
    for (const segment of segments) {
      if (segment.device === this.device) continue;
      for (const change of segment.changes) {
        const key = `${change.table}:${change.id}`;
        const outcome = mergeChange(this.records.get(key), change, longTextOf(change.table));
        this.records.set(key, outcome.record);
        for (const conflict of outcome.conflicts) this.recordConflict(conflict);
        const stamps = change.op === 'delete' ? [change.hlc] : Object.values(change.fields).map((f) => f.hlc);
        for (const stamp of stamps) this.clock.receive(stamp);
      }
    }
  }

  private recordConflict(conflict: {
    id: string;
    table: SyncedTable;
    recordId: string;
    field: string;
    text: string;
    stamp: string;
  }): void {
    const key = `conflicts:${conflict.id}`;
    if (this.records.has(key)) return;
    // Stamped with the lost text's own stamp, so every replica that finds this conflict writes the same
    // record, and a resolution made anywhere (stamped later) wins over a late discovery elsewhere.
    const stamp = conflict.stamp;
    const fields = {
      table: conflict.table,
      recordId: conflict.recordId,
      field: conflict.field,
      text: conflict.text,
      stamp: conflict.stamp,
      resolved: false,
    };
    this.records.set(key, {
      fields,
      stamps: Object.fromEntries(CONFLICT_FIELDS.map((f) => [f, stamp])),
      lineage: {},
      deleted: null,
    });
    this.outbox.add(key);
  }

  /** A comparable picture of the replica: live records with values and stamps, deletes, conflicts. */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, record] of [...this.records].sort(([a], [b]) => a.localeCompare(b))) {
      if (record.deleted) out[key] = { deleted: record.deleted.hlc };
      else if (key.startsWith('conflicts:'))
        out[key] = { text: record.fields['text'], resolved: record.fields['resolved'] };
      else out[key] = { fields: record.fields, stamps: record.stamps };
    }
    return out;
  }
}

/**
 * Whether a held text survived: it is still there, kept as a conflict, or was replaced or deleted by
 * someone who had seen it. Words are what matter: when two people wrote the very same text, either
 * version having been seen counts.
 */
export function survived(held: HeldText, replica: Replica, store: SharedStore): boolean {
  const record = replica.records.get(held.key);
  if (record && !record.deleted && record.fields[held.field] === held.text) return true;
  const sameWords = [held.stamp];
  for (const [stamp, version] of store.versions) {
    if (version.key === held.key && version.field === held.field && version.text === held.text)
      sameWords.push(stamp);
  }
  const author = (stamp: string) => stamp.split('.')[2];
  return sameWords.some((stamp) => {
    if (replica.records.has(`conflicts:${conflictId(held.table, held.id, held.field, stamp)}`)) return true;
    if (record?.deleted && deleterHadSeen(stamp, record.deleted.seen[held.field])) return true;
    for (const [later, version] of store.versions) {
      if (version.key !== held.key || version.field !== held.field) continue;
      if (version.lineage.includes(stamp)) return true;
      if (later > stamp && author(later) === author(stamp)) return true;
    }
    return false;
  });
}
