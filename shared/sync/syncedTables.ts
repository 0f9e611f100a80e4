/**
 * Everything sync carries: the entity tables, plus the conflicts that merges find. Conflicts are records
 * like any other (last writer wins, field by field), so a conflict found on one laptop, and its resolution
 * on another, reach every replica.
 */
import { z } from 'zod';
import { ENTITY_TABLES } from '../domain/entityTables';
import { Id, LongText } from '../domain/primitives';
import { HLC_PATTERN } from './hybridLogicalClock';

const LONG_TEXT_TABLES = Object.keys(ENTITY_TABLES).filter(
  (table) => ENTITY_TABLES[table as keyof typeof ENTITY_TABLES].longText.length > 0,
) as [string, ...string[]];

export const CONFLICT_RESOLUTIONS = ['open', 'kept-current', 'kept-other', 'merged'] as const;

/** Text that lost a merge: which field of which record, the text, and how (whether) it was resolved. */
export const Conflict = z.object({
  id: Id,
  table: z.enum(LONG_TEXT_TABLES),
  recordId: Id,
  field: z.string().min(1).max(40),
  text: LongText,
  /** The stamp of the version that lost: its author device is part of it. */
  stamp: z.string().regex(HLC_PATTERN),
  resolution: z.enum(CONFLICT_RESOLUTIONS),
});
export type Conflict = z.infer<typeof Conflict>;

export const SYNCED_TABLES = {
  ...ENTITY_TABLES,
  conflicts: { schema: Conflict, longText: [] },
} as const satisfies Record<string, { schema: z.ZodType<{ id: string }>; longText: readonly string[] }>;

export type SyncedTableName = keyof typeof SYNCED_TABLES;
export const SYNCED_TABLE_NAMES = Object.keys(SYNCED_TABLES) as SyncedTableName[];

export function isSyncedTableName(name: unknown): name is SyncedTableName {
  return typeof name === 'string' && Object.hasOwn(SYNCED_TABLES, name);
}

export function longTextOf(table: SyncedTableName): readonly string[] {
  return SYNCED_TABLES[table].longText;
}
