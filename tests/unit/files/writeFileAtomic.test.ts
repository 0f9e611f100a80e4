import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/files/writeFileAtomic';

const child = join(import.meta.dirname, '../../support/atomicWriteChild.ts');
const NOBODY = 65534;

/** Runs the child; as root it drops to `nobody`, because root ignores folder permissions. */
function runChild(args: string[], asUnprivileged = false) {
  const drop = asUnprivileged && process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
  return spawnSync(process.execPath, ['--import', 'tsx', child, ...args], { encoding: 'utf8', ...drop });
}

async function tempDir() {
  return mkdtemp(join(tmpdir(), 'liaison-atomic-'));
}

describe('writeFileAtomic', () => {
  it('replaces a file with the new content and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const target = join(dir, 'report.csv');
    await writeFile(target, 'old');
    const result = await writeFileAtomic(target, new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
    expect(result).toEqual({ path: target, bytes: 4 });
    expect([...(await readFile(target))]).toEqual([0xef, 0xbb, 0xbf, 0x41]);
    expect(await readdir(dir)).toEqual(['report.csv']);
  });

  it('leaves the old file intact when the process is killed between writing the temp file and the rename', async () => {
    const dir = await tempDir();
    const target = join(dir, 'minutes.html');
    await writeFile(target, 'the signed version');
    const run = runChild(['crash', target, 'half-written replacement']);
    expect(run.signal).toBe('SIGKILL');
    expect(await readFile(target, 'utf8')).toBe('the signed version');
    // The orphaned temp file is complete and separate; it never shadows the real one.
    const leftovers = (await readdir(dir)).filter((name) => name !== 'minutes.html');
    expect(leftovers).toHaveLength(1);
    expect(leftovers[0]).toMatch(/^\.minutes\.html\..*\.tmp$/);
  });

  it('keeps the old file and removes its temp file when the write fails before the rename', async () => {
    const dir = await tempDir();
    const target = join(dir, 'agenda.ics');
    await writeFile(target, 'BEGIN:VCALENDAR');
    await expect(
      writeFileAtomic(target, 'new', {
        beforeRename: () => {
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        },
      }),
    ).rejects.toThrow(/no space/);
    expect(await readFile(target, 'utf8')).toBe('BEGIN:VCALENDAR');
    expect(await readdir(dir)).toEqual(['agenda.ics']);
  });

  it('fails on a read-only folder without touching the existing file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'x.txt');
    await writeFile(target, 'keep');
    await chmod(target, 0o644);
    await chmod(dir, 0o555);
    const run = runChild(['write', target, 'new'], true);
    await chmod(dir, 0o700);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('EACCES');
    expect(await readFile(target, 'utf8')).toBe('keep');
    expect(await readdir(dir)).toEqual(['x.txt']);
  });

  it('fails with ENOENT when the folder is gone', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'a'));
    await expect(writeFileAtomic(join(dir, 'missing', 'x.txt'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
