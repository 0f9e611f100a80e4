/**
 * The automatic backups in userData/backups. The renderer produces the archive (it owns the database);
 * this store decides where it goes, writes it atomically, verifies it from disk, and only then rotates
 * out the oldest beyond the number kept. A backup that does not verify is deleted and reported, and
 * every older backup stays. Only verified backups have a record file, and only those are listed, read
 * or counted towards the number kept. While encryption at rest is on the renderer sends sealed backups
 * (verifyBackup.ts says how one is verified without its key); when it is turned on, `deleteClear`
 * removes every backup that still holds the archive in clear.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parseJsonSafely } from '../../../shared/formats/archive/parseJsonSafely';
import type { BackupInfo, BackupManifest } from '../../../shared/ipc/contract';
import { writeFileAtomic, type AtomicWriteHooks } from '../files/writeFileAtomic';
import { silentLogger, type Logger } from '../logging/Logger';
import {
  BackupRecord,
  MAX_RECORD_BYTES,
  archiveFileName,
  archivePath,
  backupIdAt,
  backupPaths,
  isClearTempFile,
  parseBackupFileName,
} from './backupFiles';
import { BackupVerificationError, sha256Hex, verifyBackup } from './verifyBackup';

export interface BackupStoreOptions {
  /** userData/backups. */
  dir: string;
  now?: () => number;
  log?: Logger;
  /** Tests corrupt the file here, between the write and the verification. */
  afterWrite?: (zipPath: string) => Promise<void> | void;
  writeHooks?: AtomicWriteHooks;
}

export class BackupStore {
  private readonly now: () => number;
  private readonly log: Logger;
  /** Writes run one at a time, so rotation never races a write. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: BackupStoreOptions) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? silentLogger;
  }

  get dir(): string {
    return this.options.dir;
  }

  write(data: Uint8Array, manifest: BackupManifest, keep: number): Promise<BackupInfo> {
    return this.enqueue(() => this.writeNow(data, manifest, keep));
  }

  /**
   * Deletes every backup in clear, and the clear archives a write cut short left behind (with or without
   * their temp name): they hold the confidential text encryption at rest now keeps off the disk. Sealed
   * backups stay. Queued behind any write, so a clear backup being written when encryption was turned
   * on goes too. Resolves with the number of listed backups deleted.
   */
  deleteClear(): Promise<number> {
    return this.enqueue(() => this.deleteClearNow());
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeNow(data: Uint8Array, manifest: BackupManifest, keep: number): Promise<BackupInfo> {
    await mkdir(this.dir, { recursive: true });
    const id = await this.freshId();
    const path = archivePath(backupPaths(this.dir, id), manifest.encrypted);
    await writeFileAtomic(path, data, this.options.writeHooks);
    try {
      await this.options.afterWrite?.(path);
      await verifyBackup(path, manifest, data.byteLength);
    } catch (error) {
      await unlink(path).catch(() => undefined);
      const reason = error instanceof BackupVerificationError ? error.reason : 'error';
      this.log.error('backup.verify-failed', { id, reason, bytes: data.byteLength });
      throw error instanceof BackupVerificationError
        ? new Error(`The backup was written but did not verify (${error.message}); it was deleted.`)
        : error;
    }
    const record: BackupRecord = {
      format: 'liaison-backup-record',
      version: 1,
      id,
      ...manifest,
      bytes: data.byteLength,
      writtenAt: new Date(this.now()).toISOString(),
    };
    await writeFileAtomic(backupPaths(this.dir, id).record, `${JSON.stringify(record, null, 2)}\n`);
    this.log.info('backup.written', { id, bytes: data.byteLength, encrypted: manifest.encrypted });
    await this.rotate(keep);
    return toInfo(record);
  }

  /** Verified backups, newest first. Files that are not a verified backup are skipped, never touched. */
  async list(): Promise<BackupInfo[]> {
    return (await this.records()).map(toInfo);
  }

  /** A verified backup's bytes, refused when they no longer match the hash they were verified with. */
  async read(id: string): Promise<Uint8Array> {
    const record = (await this.records()).find((r) => r.id === id);
    if (!record) throw new Error('There is no such backup.');
    const bytes = await readFile(archivePath(backupPaths(this.dir, id), record.encrypted));
    if (bytes.byteLength !== record.bytes || sha256Hex(bytes) !== record.sha256) {
      this.log.error('backup.damaged', { id });
      throw new Error('This backup has been damaged on disk since it was written; choose an older one.');
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private async deleteClearNow(): Promise<number> {
    let deleted = 0;
    for (const record of await this.records()) {
      if (record.encrypted) continue;
      const paths = backupPaths(this.dir, record.id);
      // The record first, as in a rotation: a backup without one is no longer listed.
      await unlink(paths.record);
      await unlink(paths.zip).catch(() => undefined);
      deleted++;
    }
    // Whatever else could hold the archive in clear: an archive whose record is missing or damaged, and a
    // temp file a crash left before its rename. Records of clear backups hold counts only, but go too.
    for (const name of await this.names()) {
      const parsed = parseBackupFileName(name);
      const clearRecord =
        parsed?.kind === 'json' && (await readRecord(join(this.dir, name)))?.encrypted === false;
      if (parsed?.kind === 'zip' || clearRecord || isClearTempFile(name))
        await unlink(join(this.dir, name)).catch(() => undefined);
    }
    this.log.info('backup.clear-deleted', { deleted });
    return deleted;
  }

  private async freshId(): Promise<string> {
    const taken = new Set((await this.names()).map((n) => parseBackupFileName(n)?.id));
    let time = this.now();
    while (taken.has(backupIdAt(time))) time++;
    return backupIdAt(time);
  }

  private async names(): Promise<string[]> {
    try {
      return await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private async records(): Promise<BackupRecord[]> {
    const names = new Set(await this.names());
    const out: BackupRecord[] = [];
    for (const name of names) {
      const parsed = parseBackupFileName(name);
      if (parsed?.kind !== 'json') continue;
      const paths = backupPaths(this.dir, parsed.id);
      const record = await readRecord(paths.record);
      if (!record || record.id !== parsed.id) continue;
      const size = await stat(archivePath(paths, record.encrypted)).then(
        (s) => s.size,
        () => -1,
      );
      if (size === record.bytes) out.push(record);
    }
    return out.sort((a, b) => (a.id < b.id ? 1 : -1));
  }

  /**
   * Keeps the newest `keep` verified backups. An archive without a record older than the newest
   * verified backup is a write that never finished verifying (the app stopped); it goes too. One whose
   * record is there but unreadable (a damaged disk, an edit) verified once: it is not listed, but it is
   * never deleted either, so it can still be recovered by hand.
   */
  private async rotate(keep: number): Promise<void> {
    const records = await this.records();
    for (const old of records.slice(keep)) {
      const paths = backupPaths(this.dir, old.id);
      // The record first: a backup without one is no longer listed, whatever happens next.
      await unlink(paths.record);
      await unlink(archivePath(paths, old.encrypted)).catch(() => undefined);
      this.log.info('backup.rotated', { id: old.id });
    }
    const newest = records[0]?.id;
    if (newest === undefined) return;
    const names = await this.names();
    const withRecord = new Set(
      names.map(parseBackupFileName).flatMap((parsed) => (parsed?.kind === 'json' ? [parsed.id] : [])),
    );
    for (const name of names) {
      const parsed = parseBackupFileName(name);
      if (parsed && parsed.kind !== 'json' && !withRecord.has(parsed.id) && parsed.id < newest) {
        await unlink(join(this.dir, name)).catch(() => undefined);
        this.log.info('backup.unverified-removed', { id: parsed.id });
      }
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The record, or null for one that is not a valid record (too large, not UTF-8, not JSON, a prototype
 * or duplicate key, or not the schema): the bounded JSON parser says no where JSON.parse would guess.
 */
async function readRecord(path: string): Promise<BackupRecord | null> {
  try {
    const info = await stat(path);
    if (info.size > MAX_RECORD_BYTES) return null;
    const text = utf8.decode(await readFile(path));
    const parsed = BackupRecord.safeParse(
      parseJsonSafely(text, path, { maxDepth: 4, maxStringLength: 1024 }),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function toInfo(record: BackupRecord): BackupInfo {
  const { format: _format, version: _version, ...rest } = record;
  return { ...rest, fileName: archiveFileName(record.id, record.encrypted) };
}
