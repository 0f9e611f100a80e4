/**
 * A failed backup read or restore in the UI language: an archive's problems one by one, a sealed
 * backup's problem in words, else the message.
 */
import type { TFunction } from 'i18next';
import { ArchiveError } from '../../../shared/formats/archive/archiveIssue';
import { SealedBackupError } from '../../../shared/formats/backup/sealedBackupFormat';
import { describeArchiveIssue } from '../dataExchange/describeArchiveIssue';

export function describeBackupFailure(
  t: TFunction,
  error: unknown,
  locale: string,
): { message: string; details: string[] } {
  if (error instanceof ArchiveError)
    return {
      message: t('backup.rejected'),
      details: error.issues.map((issue) => describeArchiveIssue(t, issue, locale)),
    };
  if (error instanceof SealedBackupError)
    return { message: t(`backup.sealed.problem.${error.problem}`), details: [] };
  return { message: error instanceof Error ? error.message : String(error), details: [] };
}

/** Records in all, from a backup's manifest counts. */
export function totalRecords(tables: Record<string, number>): number {
  return Object.values(tables).reduce((sum, n) => sum + n, 0);
}
