import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNewFileAtomic } from '../../../electron/main/files/writeNewFileAtomic';

const folder = () => mkdtemp(join(tmpdir(), 'liaison-new-file-'));

describe('writing a new file into a folder', () => {
  it('uses the name asked for when it is free', async () => {
    const dir = await folder();
    expect(await writeNewFileAtomic(dir, 'm.pdf', 'minutes')).toEqual({ path: join(dir, 'm.pdf'), bytes: 7 });
    expect(await readFile(join(dir, 'm.pdf'), 'utf8')).toBe('minutes');
  });

  it('never replaces a file already there, and takes the next free number', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'm.pdf'), 'last week');
    await writeFile(join(dir, 'm (2).pdf'), 'the week before');
    const written = await writeNewFileAtomic(dir, 'm.pdf', 'today');
    expect(written.path).toBe(join(dir, 'm (3).pdf'));
    expect(await readFile(join(dir, 'm.pdf'), 'utf8')).toBe('last week');
    expect(await readFile(join(dir, 'm (2).pdf'), 'utf8')).toBe('the week before');
    expect(await readFile(join(dir, 'm (3).pdf'), 'utf8')).toBe('today');
    // No claim or temp file is left beside them.
    expect((await readdir(dir)).sort()).toEqual(['m (2).pdf', 'm (3).pdf', 'm.pdf']);
  });

  it('gives writes of one name at the same moment a file each', async () => {
    const dir = await folder();
    const written = await Promise.all(
      ['a', 'b', 'c', 'd'].map((text) => writeNewFileAtomic(dir, 'm.pdf', text)),
    );
    expect(new Set(written.map((w) => w.path)).size).toBe(4);
    const contents = await Promise.all(written.map((w) => readFile(w.path, 'utf8')));
    expect(contents.sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fails with the file system’s reason when the folder is gone, leaving nothing', async () => {
    const dir = await folder();
    await expect(writeNewFileAtomic(join(dir, 'gone'), 'm.pdf', 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
