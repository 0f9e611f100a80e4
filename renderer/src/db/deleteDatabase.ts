/**
 * Deletes the archive's IndexedDB database. Only the start-up restore calls it, after the user confirmed
 * and after main copied the database's files aside, to replace a database that no longer opens with one
 * restored from a backup.
 */
import type { LiaisonDatabase } from './LiaisonDatabase';

export async function deleteDatabase(db: LiaisonDatabase): Promise<void> {
  await db.delete();
}
