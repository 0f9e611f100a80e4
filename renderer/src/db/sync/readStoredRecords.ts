/**
 * The stored state of some records of one table, as the merge sees it: a live row, a tombstone, or
 * nothing (never seen here, or created and deleted before it was ever synced). Read inside the caller's
 * transaction when there is one.
 */
import type { SyncedTable } from '../../../../shared/sync/change';
import type { StoredRecord } from '../../../../shared/sync/mergeChange';
import { longTextOf } from '../../../../shared/sync/syncedTables';
import type { LiaisonDatabase, Row, TombstoneRow } from '../LiaisonDatabase';
import { storedFromRow, storedFromTombstone } from './storedRecords';

export async function readStoredRecords(
  db: LiaisonDatabase,
  table: SyncedTable,
  ids: readonly string[],
): Promise<Map<string, StoredRecord>> {
  const rows = (await db.table(table).bulkGet([...ids])) as Array<Row<Record<string, unknown>> | undefined>;
  const missing = ids.filter((_, i) => rows[i] === undefined);
  const stored = new Map<string, StoredRecord>();
  rows.forEach((row, i) => {
    if (row) stored.set(ids[i]!, storedFromRow(row));
  });
  for (const tombstone of await tombstonesOf(db, table, missing))
    stored.set(tombstone.id, storedFromTombstone(tombstone, longTextOf(table)));
  return stored;
}

/**
 * The tombstones among `ids`. Records new to this archive (half of a typical pull) have none, and
 * looking each one up costs the database a seek apiece: when the table's tombstones between the
 * smallest and the largest id are few (deletions are rare), one walk over their keys finds which ids
 * have one, and only those are read. Past twice as many keys as ids, the lookups are the cheaper way.
 */
async function tombstonesOf(
  db: LiaisonDatabase,
  table: SyncedTable,
  ids: readonly string[],
): Promise<TombstoneRow[]> {
  if (ids.length === 0) return [];
  const sorted = [...ids].sort();
  const bound = ids.length * 2;
  const keys = (await db.tombstones
    .where('[table+id]')
    .between([table, sorted[0]!], [table, sorted[sorted.length - 1]!], true, true)
    .limit(bound + 1)
    .primaryKeys()) as unknown as Array<[SyncedTable, string]>;
  const wanted = new Set(ids);
  const candidates =
    keys.length > bound
      ? ids.map((id): [SyncedTable, string] => [table, id])
      : keys.filter(([, id]) => wanted.has(id));
  if (candidates.length === 0) return [];
  const found = (await db.tombstones.bulkGet(candidates)) as Array<TombstoneRow | undefined>;
  return found.filter((tombstone) => tombstone !== undefined);
}
