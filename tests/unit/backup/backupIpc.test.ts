import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { BackupStore } from '../../../electron/main/backup/BackupStore';
import { preserveDatabaseFiles } from '../../../electron/main/backup/preserveDatabaseFiles';
import { FileGrants } from '../../../electron/main/files/fileGrants';
import { createIpcRegistry, type IpcMainLike } from '../../../electron/main/ipc/createIpcRegistry';
import { registerHandlers, type MainServices } from '../../../electron/main/ipc/registerHandlers';
import { MAX_BACKUP_BYTES } from '../../../shared/ipc/contract';
import { backupsDir, sampleBackup, tickingClock } from './backupTestFiles';

type Listener = Parameters<IpcMainLike['handle']>[1];
const appEvent = {
  senderFrame: { url: 'app://liaison/index.html', parent: null },
} as unknown as IpcMainInvokeEvent;

async function setUp() {
  const dir = await backupsDir();
  const store = new BackupStore({ dir, now: tickingClock() });
  let flushes = 0;
  const listeners = new Map<string, Listener>();
  const registry = createIpcRegistry({ handle: (c, l) => void listeners.set(c, l) }, () => true);
  const unused = () => Promise.reject(new Error('not in this test'));
  registerHandlers(registry, {
    grants: new FileGrants(),
    appInfo: () => {
      throw new Error('not in this test');
    },
    setLanguage: () => undefined,
    documentsFolder: () => '/tmp',
    showSaveDialog: unused,
    showFolderDialog: unused,
    printPdf: unused,
    syncTargets: {} as MainServices['syncTargets'],
    backups: {
      write: (data, manifest, keep) => store.write(data, manifest, keep),
      list: () => store.list(),
      read: (id) => store.read(id),
      deleteClear: () => store.deleteClear(),
      flushDone: () => void flushes++,
      preserveDatabase: unused,
    },
  });
  const call = (channel: string, request: unknown) => listeners.get(channel)!(appEvent, request);
  return { dir, call, flushes: () => flushes };
}

/** A Uint8Array that claims a length it does not have, so the size limit is tested without allocating it. */
function claimingLength(length: number): Uint8Array {
  return Object.defineProperty(new Uint8Array(8), 'byteLength', { value: length });
}

describe('the backup IPC channels', () => {
  it('write, list and read a backup named by id', async () => {
    const { call } = await setUp();
    const { data, manifest } = await sampleBackup();
    const written = await call('backup:write', { data, manifest, keep: 20 });
    expect(written).toMatchObject({ ok: true, value: { id: '20250331T120000000Z' } });
    expect(await call('backup:list', {})).toMatchObject({ ok: true, value: [{ id: '20250331T120000000Z' }] });
    const read = await call('backup:read', { id: '20250331T120000000Z' });
    expect(read.ok && (read.value as Uint8Array).byteLength).toBe(data.byteLength);
  });

  it('refuse a backup larger than the limit or empty, and a kept count outside the settings bounds', async () => {
    const { call, dir } = await setUp();
    const { manifest } = await sampleBackup();
    for (const request of [
      { data: claimingLength(MAX_BACKUP_BYTES + 1), manifest, keep: 20 },
      { data: new Uint8Array(0), manifest, keep: 20 },
      { data: new Uint8Array(8), manifest, keep: 0 },
      { data: new Uint8Array(8), manifest, keep: 101 },
      { data: new Uint8Array(8), manifest: { ...manifest, sha256: 'ABC' }, keep: 20 },
      { data: new Uint8Array(8), manifest: { ...manifest, path: '/etc/passwd' }, keep: 20 },
      { data: new Uint8Array(8), manifest, keep: 20, name: '../x.zip' },
    ])
      expect(await call('backup:write', request)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuse any backup name that is not an id, so no request reaches a file outside the folder', async () => {
    const { call } = await setUp();
    for (const id of [
      '../../.ssh/id_rsa',
      '/etc/passwd',
      'liaison-backup-20250331T120000000Z.zip',
      '20250331T120000000Z/..',
      '',
      'C:\\x',
    ])
      expect(await call('backup:read', { id })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call('backup:read', { id: '20250331T120000000Z', path: '/tmp' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('report a backup that failed verification as a failure, with no file left behind', async () => {
    const { call, dir } = await setUp();
    const { data, manifest } = await sampleBackup();
    const result = await call('backup:write', {
      data,
      manifest: { ...manifest, sha256: 'f'.repeat(64) },
      keep: 20,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringMatching(/did not verify/) },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('delete the clear backups on a request that names nothing, and refuse one that names anything', async () => {
    const { call, dir } = await setUp();
    const { data, manifest } = await sampleBackup();
    await call('backup:write', { data, manifest, keep: 20 });
    for (const request of [{ id: '20250331T120000000Z' }, { path: dir }, null])
      expect(await call('backup:delete-clear', request)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    expect(await readdir(dir)).toHaveLength(2);
    expect(await call('backup:delete-clear', {})).toEqual({ ok: true, value: { deleted: 1 } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('pass the renderer’s answer to a flush request on', async () => {
    const { call, flushes } = await setUp();
    expect(await call('backup:flush-done', {})).toEqual({ ok: true, value: null });
    expect(flushes()).toBe(1);
  });
});

describe('preserveDatabaseFiles', () => {
  it('copies the IndexedDB folder aside and leaves the original as it was', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'liaison-userdata-'));
    const leveldb = join(userData, 'IndexedDB', 'app_liaison_0.indexeddb.leveldb');
    await mkdir(leveldb, { recursive: true });
    await writeFile(join(leveldb, '000003.log'), 'broken but precious');
    const { path } = await preserveDatabaseFiles(userData, Date.UTC(2025, 2, 31, 12));
    expect(path).toBe(join(userData, 'preserved-archives', '20250331T120000000Z'));
    const copy = join(path, 'IndexedDB', 'app_liaison_0.indexeddb.leveldb', '000003.log');
    expect(await readFile(copy, 'utf8')).toBe('broken but precious');
    expect(await readFile(join(leveldb, '000003.log'), 'utf8')).toBe('broken but precious');
    // A second copy at the same moment gets its own folder and leaves the first as it was.
    await writeFile(join(leveldb, '000003.log'), 'changed since');
    const second = await preserveDatabaseFiles(userData, Date.UTC(2025, 2, 31, 12));
    expect(second.path).not.toBe(path);
    expect(await readFile(copy, 'utf8')).toBe('broken but precious');
  });
});
