/**
 * The `meta` row (MIGRATION_META_KEY) that says an encryption migration is under way: which way (sealing
 * every record, or rewriting every record in clear) and how far it got. Every connection reads it when
 * it opens, so one that starts while encryption is being turned off never seals a write.
 */
export type MigrationDirection = 'encrypt' | 'decrypt';

export interface MigrationMarker {
  direction: MigrationDirection;
  /** Index into the migration's table list; past its end, only the finishing step is left. */
  table: number;
  /** The primary key of the last row rewritten in that table; null before its first chunk. */
  after: unknown;
}

export function migrationMarker(direction: MigrationDirection): MigrationMarker {
  return { direction, table: 0, after: null };
}

/** The stored marker, or null. Markers written before encryption could be turned off have no direction: they seal. */
export function readMigrationMarker(value: unknown): MigrationMarker | null {
  if (!value || typeof value !== 'object') return null;
  const stored = value as Partial<MigrationMarker>;
  if (typeof stored.table !== 'number' || !Number.isInteger(stored.table) || stored.table < 0) return null;
  return {
    direction: stored.direction === 'decrypt' ? 'decrypt' : 'encrypt',
    table: stored.table,
    after: stored.after ?? null,
  };
}

export function isTurningOff(value: unknown): boolean {
  return readMigrationMarker(value)?.direction === 'decrypt';
}
