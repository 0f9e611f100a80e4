/**
 * Every file the app writes (exports, backups, sync segments, settings) goes through here, so that a
 * crash or a full disk leaves either the old file or the new one, never a torn mix: write a temp file in
 * the same folder, fsync it, rename it over the target, then fsync the folder so the rename is durable.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteHooks {
  /** Runs after the temp file is durable and before the rename; tests use it to simulate a crash. */
  beforeRename?: (tempPath: string) => Promise<void> | void;
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  hooks: AtomicWriteHooks = {},
): Promise<{ path: string; bytes: number }> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks.beforeRename?.(temp);
    await rename(temp, target);
    renamed = true;
    await syncDirectory(dir);
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
  return { path: target, bytes: bytes.byteLength };
}

async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
