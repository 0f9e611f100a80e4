/**
 * Changes, as stored locally and as carried between devices.
 *
 * Locally, the outbox only marks what changed (table, ids, fields, stamp): the values and their per-field
 * clock stamps live on the record itself, so a sync reads the current state of each marked record. Two
 * edits to the same field before a sync therefore travel once, and a bulk import writes one outbox entry
 * per chunk instead of a copy of every record.
 *
 * Between devices, a `Change` carries the values with the stamp of each field.
 */
import type { EntityTableName } from '../domain/entityTables';

export interface OutboxEntry {
  seq?: number;
  table: EntityTableName;
  op: 'upsert' | 'delete';
  ids: string[];
  /** Fields written (null: all of them, as for a new record). */
  fields: string[] | null;
  hlc: string;
}

export type Change =
  | {
      table: EntityTableName;
      id: string;
      op: 'upsert';
      fields: Record<string, { value: unknown; hlc: string }>;
    }
  | { table: EntityTableName; id: string; op: 'delete'; hlc: string };
