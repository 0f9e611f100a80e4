/**
 * FolderTransport on real folders: a temp dir for the round trip, and real faults for the rest. A drive
 * that is read-only is a read-only mount (bind mount remounted `ro`), a full drive is a 64 KiB tmpfs, and
 * a share that is read-only for the user is a folder without write permission, written by `nobody`.
 * Mounting needs root; where it is refused the test says why and is skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderTransport } from '../../../../electron/main/sync/FolderTransport';
import { bytes, failure, filesOnDisk, fingerprint } from './targetTestHelpers';

const SEGMENT = 'devices/laptop-a/seg-000001';
const HEAD = 'devices/laptop-a/head.json';
const BLOB = `blobs/${'0f'.repeat(32)}`;
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

const mounts: string[] = [];

afterAll(() => {
  for (const point of mounts.reverse()) spawnSync('umount', [point]);
});

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'liaison-folder-target-'));
}

/** Runs `mount`; returns why it failed, or null once the mount is in place (and recorded for cleanup). */
function mount(args: string[], point: string): string | null {
  if (!isRoot) return 'mounting needs root, and these tests do not run as root';
  const run = spawnSync('mount', [...args, point], { encoding: 'utf8' });
  if (run.status !== 0)
    return `mount ${args.join(' ')} was refused: ${(run.stderr || run.error?.message) ?? ''}`;
  mounts.push(point);
  return null;
}

describe('a sync folder', () => {
  it('writes, reads back and lists files in nested folders, creating the folders on the way', async () => {
    const root = await tempDir();
    const target = new FolderTransport(root);
    const everyByte = new Uint8Array(256).map((_, i) => i);
    await target.write('liaison-archive.json', bytes('{"archive":"x"}'));
    await target.write(HEAD, bytes('{"segments":[]}'));
    await target.write(SEGMENT, everyByte);
    await target.write(BLOB, bytes('attachment'));

    expect(await target.read(SEGMENT)).toEqual(everyByte);
    expect(await target.read(HEAD)).toEqual(bytes('{"segments":[]}'));
    expect(await target.read(BLOB)).toEqual(bytes('attachment'));
    expect(await target.read('liaison-archive.json')).toEqual(bytes('{"archive":"x"}'));
    expect(await target.list('devices')).toEqual(['laptop-a']);
    expect(await target.list('devices/laptop-a')).toEqual(['head.json', 'seg-000001']);
    expect(await target.list('blobs')).toEqual([BLOB.slice('blobs/'.length)]);
    expect(await filesOnDisk(root)).toEqual([BLOB, HEAD, SEGMENT, 'liaison-archive.json'].sort());
  });

  it('reads a missing file as null and lists a missing folder as empty', async () => {
    const target = new FolderTransport(await tempDir());
    expect(await target.read('devices/nobody/head.json')).toBeNull();
    expect(await target.list('devices')).toEqual([]);
    expect(await target.list('devices/nobody')).toEqual([]);
    expect(await target.list('blobs')).toEqual([]);
  });

  it('replaces a file in one step: the old content stays whole until the new one is complete', async () => {
    const root = await tempDir();
    const old = bytes('the old head, longer than the new one');
    await new FolderTransport(root).write(HEAD, old);
    const seenBeforeRename: string[] = [];
    const target = new FolderTransport(root, {
      hooks: {
        beforeRename: async (temp) => {
          // The new content is complete in its temp file, and the final name still holds the old file.
          seenBeforeRename.push(
            fingerprint(await readFile(temp)),
            fingerprint(await readFile(join(root, HEAD))),
          );
          expect(await target.list('devices/laptop-a')).toEqual(['head.json']);
        },
      },
    });
    await target.write(HEAD, bytes('new head'));
    expect(seenBeforeRename).toEqual([fingerprint(bytes('new head')), fingerprint(old)]);
    expect(await target.read(HEAD)).toEqual(bytes('new head'));
    expect(await filesOnDisk(root)).toEqual([HEAD]);
  });

  it('keeps the old file and leaves no temp file when a write fails before the rename', async () => {
    const root = await tempDir();
    await new FolderTransport(root).write(SEGMENT, bytes('version one'));
    const target = new FolderTransport(root, {
      hooks: {
        beforeRename: () => {
          throw Object.assign(new Error('input/output error'), { code: 'EIO' });
        },
      },
    });
    const error = await failure(target.write(SEGMENT, bytes('version two')));
    expect(error.code).toBe('failed');
    expect(error.message).toMatch(/reported an input\/output error/);
    expect(await target.read(SEGMENT)).toEqual(bytes('version one'));
    expect(await filesOnDisk(root)).toEqual([SEGMENT]);
  });

  it('never lists a temp file left by a crash in the middle of a write', async () => {
    const root = await tempDir();
    const target = new FolderTransport(root);
    await target.write(SEGMENT, bytes('complete'));
    await writeFile(join(root, 'devices/laptop-a/.seg-000002.0123456789ab.tmp'), 'half');
    expect(await target.list('devices/laptop-a')).toEqual(['seg-000001']);
  });

  it('reports a folder that is not there (a drive unplugged) as missing, and does not create it', async () => {
    const parent = await tempDir();
    const root = join(parent, 'LIAISON-STICK');
    await mkdir(root);
    const target = new FolderTransport(root);
    await target.write(HEAD, bytes('written while plugged in'));
    await rm(root, { recursive: true });
    for (const attempt of [
      () => target.read(HEAD),
      () => target.write(SEGMENT, bytes('x')),
      () => target.write('liaison-archive.json', bytes('{}')),
      () => target.list('devices'),
      () => target.probe(),
    ]) {
      const error = await failure(attempt());
      expect(error.code).toBe('missing');
      expect(error.message).toBe(
        `The sync folder ${root} is not there. Plug in the drive or choose the folder again.`,
      );
    }
    // Writing must not turn the absent drive into a fresh folder on the system disk.
    expect(existsSync(root)).toBe(false);
  });

  it('refuses a path that a link leads outside the folder', async () => {
    const root = await tempDir();
    const elsewhere = await tempDir();
    await symlink(elsewhere, join(root, 'devices'));
    const target = new FolderTransport(root);
    const error = await failure(target.write(HEAD, bytes('x')));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/leads outside the sync folder/);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('reports a read-only drive as read-only, still reads it, and changes nothing', async (context) => {
    const source = await tempDir();
    await new FolderTransport(source).write(HEAD, bytes('on the stick'));
    const root = await tempDir();
    const refused = mount(['--bind', source], root) ?? mount(['-o', 'remount,bind,ro'], root);
    if (refused) {
      console.warn(`Skipping the read-only drive test: ${refused}`);
      context.skip(refused);
    }
    const target = new FolderTransport(root);
    expect(await target.read(HEAD)).toEqual(bytes('on the stick'));
    for (const attempt of [
      () => target.write(HEAD, bytes('replaced')),
      () => target.write(SEGMENT, bytes('new')),
      () => target.probe(),
    ]) {
      const error = await failure(attempt());
      expect(error.code).toBe('read-only');
      expect(error.message).toBe(
        `The sync folder ${root} is on a read-only drive. Unlock the drive or choose another folder.`,
      );
    }
    expect(await filesOnDisk(source)).toEqual([HEAD]);
    expect(await target.read(HEAD)).toEqual(bytes('on the stick'));
  });

  it('reports a folder the user may not write in as read-only', async () => {
    const parent = await tempDir();
    const root = join(parent, 'shared');
    await mkdir(root);
    await writeFile(join(root, 'liaison-archive.json'), 'kept');
    await chmod(parent, 0o755);
    await chmod(root, 0o555);
    const child = join(import.meta.dirname, 'folderTransportChild.ts');
    // Root ignores permissions, so the write runs as `nobody` there.
    const drop = isRoot ? { uid: NOBODY, gid: NOBODY } : {};
    const run = spawnSync(process.execPath, ['--import', 'tsx', child, root, SEGMENT, 'x'], {
      encoding: 'utf8',
      ...drop,
    });
    await chmod(root, 0o755);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      code: 'read-only',
      message: `Liaison may not write in the sync folder ${root}: it is read-only for you. Make it writable or choose another folder.`,
    });
    expect(await filesOnDisk(root)).toEqual(['liaison-archive.json']);
  });

  it('reports a full drive as full, keeps the old file and leaves no partial file', async (context) => {
    const root = await tempDir();
    const refused = mount(['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs'], root);
    if (refused) {
      console.warn(`Skipping the full drive test: ${refused}`);
      context.skip(refused);
    }
    const target = new FolderTransport(root);
    await target.write(SEGMENT, bytes('version one'));
    const error = await failure(target.write(SEGMENT, new Uint8Array(200 * 1024).fill(7)));
    expect(error.code).toBe('full');
    expect(error.message).toBe(
      `The drive of the sync folder ${root} is full (or your quota is used up). Free some space or choose another folder.`,
    );
    expect(await target.read(SEGMENT)).toEqual(bytes('version one'));
    expect(await filesOnDisk(root)).toEqual([SEGMENT]);
    // Once there is room again, the same write succeeds.
    await target.write(SEGMENT, new Uint8Array(16 * 1024).fill(7));
    expect(fingerprint(await target.read(SEGMENT))).toBe(fingerprint(new Uint8Array(16 * 1024).fill(7)));
  });
});
