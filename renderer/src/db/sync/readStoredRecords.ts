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
  const tombstones = (await db.tombstones.bulkGet(
    missing.map((id) => [table, id] as [SyncedTable, string]),
  )) as Array<TombstoneRow | undefined>;
  const stored = new Map<string, StoredRecord>();
  rows.forEach((row, i) => {
    if (row) stored.set(ids[i]!, storedFromRow(row));
  });
  tombstones.forEach((tombstone, i) => {
    if (tombstone) stored.set(missing[i]!, storedFromTombstone(tombstone, longTextOf(table)));
  });
  return stored;
}
