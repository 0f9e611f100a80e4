/**
 * Writes a file into a folder without replacing anything already there. Exporting minutes "one file each"
 * into a folder the user keeps documents in must not silently destroy last week's "Minutes - ….pdf": when
 * the name is taken, the next free "name (2).pdf", "name (3).pdf"… is used, and the caller learns the path
 * really written. A name is claimed by creating it exclusively (O_EXCL) rather than by checking first, so
 * nothing can take it in between, and a name that differs only in case counts as taken on the
 * case-insensitive disks of Windows and macOS. The content then arrives through the atomic write, which
 * renames over that claim; a failed write removes the claim again.
 */
import { open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { numberedFileName } from '../../../shared/files/portableFileName';
import { writeFileAtomic } from './writeFileAtomic';

/** How far the numbering goes before giving up; a folder with 999 files of one name is a mistake. */
export const MAX_NUMBERED_NAMES = 999;

async function claim(path: string): Promise<boolean> {
  try {
    await (await open(path, 'wx', 0o600)).close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

export async function writeNewFileAtomic(
  folder: string,
  fileName: string,
  data: string | Uint8Array,
): Promise<{ path: string; bytes: number }> {
  for (let n = 1; n <= MAX_NUMBERED_NAMES; n++) {
    const path = join(folder, n === 1 ? fileName : numberedFileName(fileName, n));
    if (!(await claim(path))) continue;
    try {
      return await writeFileAtomic(path, data);
    } catch (error) {
      await unlink(path).catch(() => undefined);
      throw error;
    }
  }
  throw new Error(`${folder} already has ${MAX_NUMBERED_NAMES} files named like ${fileName}`);
}
