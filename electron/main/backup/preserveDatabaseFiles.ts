/**
 * Keeps a copy of the renderer's database files before a restore replaces a database that failed to
 * open. IndexedDB lives in userData/IndexedDB; it is copied as it is into
 * userData/preserved-archives/<time>/IndexedDB, so the broken archive can still be examined or recovered
 * later. Copying (not moving) leaves Chromium's own files exactly as they were.
 */
import { cp, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupIdAt } from './backupFiles';

export async function preserveDatabaseFiles(userDataDir: string, now: number): Promise<{ path: string }> {
  const source = join(userDataDir, 'IndexedDB');
  const parent = join(userDataDir, 'preserved-archives');
  await mkdir(parent, { recursive: true });
  // A folder of its own, never one an earlier copy already holds.
  let time = now;
  let target = join(parent, backupIdAt(time));
  while (
    !(await mkdir(target).then(
      () => true,
      (error: NodeJS.ErrnoException) => failUnlessExists(error),
    ))
  )
    target = join(parent, backupIdAt(++time));
  const exists = await stat(source).then(
    () => true,
    () => false,
  );
  // With no database folder at all there is nothing to keep, and saying so beats failing the restore.
  if (exists) await cp(source, join(target, 'IndexedDB'), { recursive: true, errorOnExist: true });
  return { path: target };
}

function failUnlessExists(error: NodeJS.ErrnoException): false {
  if (error.code === 'EEXIST') return false;
  throw error;
}
