/**
 * A change to one record: the unit the repositories append to the outbox and that sync carries between
 * devices. An upsert carries the fields it set; all of them share the change's clock stamp.
 */
import type { EntityTableName } from '../domain/entityTables';

export type Change =
  | { table: EntityTableName; id: string; op: 'upsert'; fields: Record<string, unknown>; hlc: string }
  | { table: EntityTableName; id: string; op: 'delete'; hlc: string };
