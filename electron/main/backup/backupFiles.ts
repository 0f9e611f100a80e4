/**
 * How automatic backups are named on disk. A backup is two files in userData/backups: the archive and,
 * written only once that archive verified, its record `liaison-backup-<id>.json`. The archive is
 * `liaison-backup-<id>.zip` (the archive format in clear) or, while encryption at rest is on,
 * `liaison-backup-<id>.liaisonbackup` (a sealed backup, shared/formats/backup): a sealed file is not a
 * zip, and its name says so to anyone who finds it. The id is main's clock at the write, so names sort
 * by age; the renderer names a backup by id alone, and every path is built here from an id that matched
 * BACKUP_ID_PATTERN.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { SEALED_BACKUP_EXTENSION } from '../../../shared/formats/backup/sealedBackupFormat';
import { BACKUP_ID_PATTERN, BackupManifest } from '../../../shared/ipc/contract';

export const BACKUP_PREFIX = 'liaison-backup-';
const FILE_PATTERN = /^liaison-backup-(\d{8}T\d{9}Z)\.(zip|liaisonbackup|json)$/;
/** What writeFileAtomic leaves of a clear archive when the app stops before its rename. */
const CLEAR_TEMP_PATTERN = /^\.liaison-backup-\d{8}T\d{9}Z\.zip\.[0-9a-f]{12}\.tmp$/;

export type BackupFileKind = 'zip' | 'sealed' | 'json';

/** `2025-03-31T12:00:00.123Z` → `20250331T120000123Z`. */
export function backupIdAt(time: number): string {
  return new Date(time).toISOString().replace(/[-:.]/g, '');
}

export function isBackupId(id: string): boolean {
  return BACKUP_ID_PATTERN.test(id);
}

export interface BackupPaths {
  /** The archive in clear. */
  zip: string;
  /** The sealed backup. */
  sealed: string;
  record: string;
}

/** The paths a backup's files may have; throws on anything but a valid id. */
export function backupPaths(dir: string, id: string): BackupPaths {
  if (!isBackupId(id)) throw new Error('Not a backup id');
  return {
    zip: join(dir, `${BACKUP_PREFIX}${id}.zip`),
    sealed: join(dir, `${BACKUP_PREFIX}${id}.${SEALED_BACKUP_EXTENSION}`),
    record: join(dir, `${BACKUP_PREFIX}${id}.json`),
  };
}

/** Where the archive of a backup is, sealed or clear. */
export function archivePath(paths: BackupPaths, encrypted: boolean): string {
  return encrypted ? paths.sealed : paths.zip;
}

export function archiveFileName(id: string, encrypted: boolean): string {
  return `${BACKUP_PREFIX}${id}.${encrypted ? SEALED_BACKUP_EXTENSION : 'zip'}`;
}

/** The id and kind of a file in the backups folder, or null for anything else found there. */
export function parseBackupFileName(name: string): { id: string; kind: BackupFileKind } | null {
  const match = FILE_PATTERN.exec(name);
  if (!match) return null;
  const extension = match[2]!;
  return {
    id: match[1]!,
    kind: extension === SEALED_BACKUP_EXTENSION ? 'sealed' : (extension as BackupFileKind),
  };
}

export function isClearTempFile(name: string): boolean {
  return CLEAR_TEMP_PATTERN.test(name);
}

/** The record written beside a verified backup. */
export const BackupRecord = BackupManifest.extend({
  format: z.literal('liaison-backup-record'),
  version: z.literal(1),
  id: z.string().regex(BACKUP_ID_PATTERN),
  bytes: z.number().int().min(1),
  writtenAt: z.iso.datetime(),
  // Records written before sealed backups existed have no flag: their archives are all in clear.
  encrypted: z.boolean().default(false),
}).strict();
export type BackupRecord = z.infer<typeof BackupRecord>;

/** A record file is a few hundred bytes; anything far larger is not one. */
export const MAX_RECORD_BYTES = 64 * 1024;
