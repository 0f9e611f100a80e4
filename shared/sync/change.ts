/**
 * Changes, as stored locally and as carried between devices.
 *
 * Locally, the outbox only marks what changed (table, ids, fields, stamp): the values and their per-field
 * clock stamps live on the record itself, so a sync reads the current state of each marked record. Two
 * edits to the same field before a sync therefore travel once, and a bulk import writes one outbox entry
 * per chunk instead of a copy of every record.
 *
 * Between devices, a `Change` carries each field's value with its stamp; long-text fields also carry the
 * stamps of the versions they replaced (their lineage), so the merge can tell a deliberate overwrite from
 * two people writing at once.
 */
import type { EntityTableName } from '../domain/entityTables';

export interface OutboxEntry {
  seq?: number;
  table: SyncedTable;
  op: 'upsert' | 'delete';
  ids: string[];
  /** Fields written (null: all of them, as for a new record). */
  fields: string[] | null;
  hlc: string;
  /**
   * Set on changes merged in from a target (its key, e.g. `folder:<id>` or `bundle`): they are passed on
   * to other targets, but not sent back to where they came from.
   */
  origin?: string;
}

/** The entity tables, plus the conflicts the merges find, which sync like any record. */
export type SyncedTable = EntityTableName | 'conflicts';

export interface FieldChange {
  value: unknown;
  hlc: string;
  /** Long text only: stamps of the versions this one replaced, newest first (at most LINEAGE_LIMIT). */
  lineage?: string[];
}

export type Change =
  | { table: SyncedTable; id: string; op: 'upsert'; fields: Record<string, FieldChange> }
  | {
      table: SyncedTable;
      id: string;
      op: 'delete';
      hlc: string;
      /**
       * Long text the deleter had: field → the stamp of its version, then the versions that one replaced.
       * Text the deleter had not seen is kept as a conflict rather than deleted with the record.
       */
      seen: Record<string, string[]>;
    };

/** How many earlier versions a long-text value remembers having replaced. */
export const LINEAGE_LIMIT = 20;
