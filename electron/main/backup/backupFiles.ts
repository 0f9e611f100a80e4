/**
 * How automatic backups are named on disk. A backup is two files in userData/backups: the archive
 * `liaison-backup-<id>.zip` and, written only once that archive verified, its record
 * `liaison-backup-<id>.json`. The id is main's clock at the write, so names sort by age; the renderer
 * names a backup by id alone, and every path is built here from an id that matched BACKUP_ID_PATTERN.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { BACKUP_ID_PATTERN, BackupManifest } from '../../../shared/ipc/contract';

export const BACKUP_PREFIX = 'liaison-backup-';
const FILE_PATTERN = /^liaison-backup-(\d{8}T\d{9}Z)\.(zip|json)$/;

/** `2025-03-31T12:00:00.123Z` → `20250331T120000123Z`. */
export function backupIdAt(time: number): string {
  return new Date(time).toISOString().replace(/[-:.]/g, '');
}

export function isBackupId(id: string): boolean {
  return BACKUP_ID_PATTERN.test(id);
}

/** The archive and record paths of a backup; throws on anything but a valid id. */
export function backupPaths(dir: string, id: string): { zip: string; record: string } {
  if (!isBackupId(id)) throw new Error('Not a backup id');
  return { zip: join(dir, `${BACKUP_PREFIX}${id}.zip`), record: join(dir, `${BACKUP_PREFIX}${id}.json`) };
}

/** The id and kind of a file in the backups folder, or null for anything else found there. */
export function parseBackupFileName(name: string): { id: string; kind: 'zip' | 'json' } | null {
  const match = FILE_PATTERN.exec(name);
  return match ? { id: match[1]!, kind: match[2] as 'zip' | 'json' } : null;
}

/** The record written beside a verified backup. */
export const BackupRecord = BackupManifest.extend({
  format: z.literal('liaison-backup-record'),
  version: z.literal(1),
  id: z.string().regex(BACKUP_ID_PATTERN),
  bytes: z.number().int().min(1),
  writtenAt: z.iso.datetime(),
}).strict();
export type BackupRecord = z.infer<typeof BackupRecord>;

/** A record file is a few hundred bytes; anything far larger is not one. */
export const MAX_RECORD_BYTES = 64 * 1024;
