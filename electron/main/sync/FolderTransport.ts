/**
 * A sync target in a folder: a USB stick, a network share, or a folder that Nextcloud, OneDrive or
 * Dropbox syncs. Every path is checked against the sync patterns and, after symlinks are resolved, must
 * stay inside the root. Writes are atomic (writeFileAtomic), and only folders below the root are ever
 * created: a drive that is not plugged in must not turn into a fresh empty folder on the system disk.
 */
import { mkdir, readdir, readFile, realpath, stat, unlink } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { MAX_SYNC_FILE_BYTES } from '../../../shared/ipc/contract';
import { isSyncFilePath, isSyncFolderPath } from '../../../shared/sync/syncPaths';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { writeFileAtomic, type AtomicWriteHooks } from '../files/writeFileAtomic';
import { describeFolderError, folderMissing, type FolderOperation } from './describeFolderError';
import { isTempName, probeName, type TargetTransport } from './TargetTransport';

export interface FolderTransportOptions {
  /** Passed to writeFileAtomic; tests use it to simulate a crash in the middle of a write. */
  hooks?: AtomicWriteHooks;
}

export class FolderTransport implements TargetTransport {
  readonly root: string;

  constructor(
    root: string,
    private readonly options: FolderTransportOptions = {},
  ) {
    this.root = resolve(root);
  }

  async read(path: string): Promise<Uint8Array | null> {
    const parts = checkedParts(path, isSyncFilePath);
    return this.guard('read', path, async () => {
      const realRoot = await this.realRoot();
      const full = join(this.root, ...parts);
      const real = await realpathOrNull(full);
      if (real === null) return null;
      this.ensureInside(real, realRoot, path);
      const info = await stat(real);
      if (!info.isFile()) throw this.corrupt(path, 'is a folder, not a file');
      if (info.size > MAX_SYNC_FILE_BYTES) throw this.corrupt(path, 'is larger than any file Liaison writes');
      return new Uint8Array(await readFile(real));
    });
  }

  async write(path: string, data: Uint8Array): Promise<void> {
    const parts = checkedParts(path, isSyncFilePath);
    await this.guard('write', path, async () => {
      const realRoot = await this.realRoot();
      const folder = await this.makeFolders(parts.slice(0, -1), realRoot, path);
      await writeFileAtomic(join(folder, parts.at(-1)!), data, this.options.hooks);
    });
  }

  async list(folder: string): Promise<string[]> {
    const parts = checkedParts(folder, isSyncFolderPath);
    return this.guard('list', folder, async () => {
      const realRoot = await this.realRoot();
      const real = await realpathOrNull(join(this.root, ...parts));
      if (real === null) return [];
      this.ensureInside(real, realRoot, folder);
      const names = await readdir(real);
      return names.filter((name) => !isTempName(name)).sort();
    });
  }

  async probe(): Promise<void> {
    await this.guard('write', '', async () => {
      const realRoot = await this.realRoot();
      const probe = join(realRoot, probeName());
      await writeFileAtomic(probe, 'Liaison checks that it can write here; this file is removed at once.');
      await unlink(probe);
    });
  }

  /** The root with symlinks resolved; `missing` when it is gone or not a folder. */
  private async realRoot(): Promise<string> {
    const info = await stat(this.root).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    });
    if (info === null || !info.isDirectory()) throw folderMissing(this.root);
    return realpath(this.root);
  }

  /** Creates the folders of `parts` one level at a time below the root, each checked to stay inside. */
  private async makeFolders(parts: string[], realRoot: string, path: string): Promise<string> {
    let current = realRoot;
    for (const part of parts) {
      const next = join(current, part);
      await mkdir(next).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      current = await realpath(next);
      this.ensureInside(current, realRoot, path);
    }
    return current;
  }

  private ensureInside(real: string, realRoot: string, path: string): void {
    if (real !== realRoot && !real.startsWith(realRoot + sep)) {
      throw this.corrupt(path, 'leads outside the sync folder (a link to elsewhere)');
    }
  }

  private corrupt(path: string, what: string): SyncTargetError {
    return new SyncTargetError(
      'corrupt',
      `${path} in the sync folder ${this.root} ${what}. Liaison did not write it; check the folder or choose another one.`,
    );
  }

  private async guard<T>(operation: FolderOperation, path: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof SyncTargetError) throw error;
      // A drive pulled out mid-write shows up as ENOENT or EIO; say so rather than "no such file".
      const rootGone = (await realpathOrNull(this.root)) === null;
      throw describeFolderError(error, { operation, root: this.root, path, rootGone });
    }
  }
}

function checkedParts(path: string, allowed: (path: unknown) => path is string): string[] {
  if (!allowed(path)) {
    throw new SyncTargetError('failed', `"${String(path).slice(0, 200)}" is not a path Liaison syncs.`);
  }
  return path.split('/');
}

async function realpathOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
