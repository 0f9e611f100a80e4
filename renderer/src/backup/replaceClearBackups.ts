/**
 * What happens to the backups already written when encryption at rest is turned on: they hold the
 * archive's confidential text in clear, which is exactly what encryption now keeps off the disk. A
 * sealed backup is written first, so there is never a moment without a backup when it succeeds, then main
 * deletes every clear one (and what a cut-short clear write left behind). The clear ones go even if the
 * sealed backup failed: leaving the text readable is what the user just turned off; the next backup is
 * tried again at the usual interval. startAutomaticBackups deletes them at start too, for an app that
 * stopped in between.
 */
import type { BackupsApi } from '../platform/Platform';
import type { BackupScheduler } from './BackupScheduler';

export interface ClearBackupsReplaced {
  /** Whether a sealed backup was written now (null: no scheduler runs yet, so none was tried). */
  sealed: boolean | null;
  /** Why the sealed backup failed, when it did. */
  sealError: string | null;
  /** How many clear backups main deleted. */
  deleted: number;
}

export async function replaceClearBackups(
  backups: BackupsApi,
  scheduler: BackupScheduler | null,
): Promise<ClearBackupsReplaced> {
  let sealed: boolean | null = null;
  let sealError: string | null = null;
  if (scheduler) {
    // Forced: turning encryption on moves no record, so the scheduler sees no change to back up.
    try {
      sealed = await scheduler.flush(true);
    } catch (error) {
      sealed = false;
      sealError = error instanceof Error ? error.message : String(error);
    }
  }
  // After the flush: a backup that was running when encryption was turned on has been written by now,
  // and main's queue runs this deletion after any write it received before.
  const deleted = await backups.deleteClear();
  return { sealed, sealError, deleted };
}
