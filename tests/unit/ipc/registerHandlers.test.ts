import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/channelNames';
import { createIpcRegistry, type IpcMainLike } from '../../../electron/main/ipc/createIpcRegistry';
import { registerHandlers, type MainServices } from '../../../electron/main/ipc/registerHandlers';
import { FileGrants } from '../../../electron/main/files/fileGrants';
import type { TargetTransport } from '../../../electron/main/sync/TargetTransport';
import { MAX_SYNC_FILE_BYTES } from '../../../shared/ipc/contract';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';

type Listener = Parameters<IpcMainLike['handle']>[1];
const appEvent = {
  senderFrame: { url: 'app://liaison/index.html', parent: null },
} as unknown as IpcMainInvokeEvent;

const notInThisTest = () => Promise.reject(new Error('sync channels are tested with their own spy below'));
const noSyncTargets: MainServices['syncTargets'] = {
  list: () => Promise.resolve([]),
  addFolder: notInThisTest,
  addWebdav: notInThisTest,
  remove: notInThisTest,
  transport: notInThisTest,
};

function setUp(overrides: Partial<MainServices> = {}) {
  const listeners = new Map<string, Listener>();
  const registry = createIpcRegistry({ handle: (c, l) => void listeners.set(c, l) }, () => true);
  const services: MainServices = {
    grants: new FileGrants(),
    appInfo: () => ({
      name: 'Liaison',
      version: '1.2.3',
      platform: 'linux',
      arch: 'x64',
      versions: { electron: '45', chrome: '140', node: '22' },
      paths: { userData: '/tmp/u', logs: '/tmp/l' },
    }),
    setLanguage: () => undefined,
    documentsFolder: () => '/home/rep/Documents',
    showSaveDialog: () => Promise.resolve(null),
    showFolderDialog: () => Promise.resolve(null),
    printPdf: (html) => Promise.resolve(new TextEncoder().encode(`%PDF-1.7 ${html.length}`)),
    syncTargets: noSyncTargets,
    ...overrides,
  };
  registerHandlers(registry, services);
  return { listeners, registry, services };
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

describe('the registered IPC handlers', () => {
  it('cover every channel of the contract, each through the wrapper', () => {
    const { listeners, registry } = setUp();
    expect([...listeners.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    for (const listener of listeners.values()) expect(registry.isWrapped(listener)).toBe(true);
  });

  it('are the only calls to ipcMain in the main process: nothing registers around the wrapper', async () => {
    const root = join(import.meta.dirname, '../../../electron');
    const offenders: string[] = [];
    for (const file of await sourceFiles(root)) {
      const text = await readFile(file, 'utf8');
      const rel = relative(root, file);
      if (rel === join('main', 'ipc', 'createIpcRegistry.ts')) continue;
      if (/ipcMain\s*\.\s*(handle|handleOnce|on|once|addListener)\s*\(/.test(text)) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });

  it('write a file only after the user chose it in a save dialog', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-ipc-'));
    const chosen = join(dir, 'minutes.pdf');
    const { listeners } = setUp({ showSaveDialog: () => Promise.resolve(chosen) });

    const refused = await listeners.get('file:write-atomic')!(appEvent, { path: chosen, data: 'early' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-permitted' } });

    const dialog = await listeners.get('dialog:save-file')!(appEvent, { defaultName: 'minutes.pdf' });
    expect(dialog).toEqual({ ok: true, value: { canceled: false, path: chosen } });
    const written = await listeners.get('file:write-atomic')!(appEvent, { path: chosen, data: 'minutes' });
    expect(written).toEqual({ ok: true, value: { path: chosen, bytes: 7 } });
    expect(await readFile(chosen, 'utf8')).toBe('minutes');

    const elsewhere = await listeners.get('file:write-atomic')!(appEvent, {
      path: join(dir, '.bashrc'),
      data: 'x',
    });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'not-permitted' } });
  });

  it('offer only the file name of a suggested path, inside the documents folder', async () => {
    let offered = '';
    const { listeners } = setUp({
      showSaveDialog: ({ defaultPath }) => {
        offered = defaultPath;
        return Promise.resolve(null);
      },
    });
    const result = await listeners.get('dialog:save-file')!(appEvent, { defaultName: '../../etc/passwd' });
    expect(result).toEqual({ ok: true, value: { canceled: true } });
    expect(offered).toBe(join('/home/rep/Documents', 'passwd'));
  });

  it('pass on whether the menu may offer Lock Liaison, and refuse anything but a yes or no', async () => {
    const calls: boolean[] = [];
    const { listeners } = setUp({ setLockAvailable: (available) => void calls.push(available) });
    const set = listeners.get('app:set-lock-available')!;
    expect(await set(appEvent, { available: true })).toEqual({ ok: true, value: null });
    expect(await set(appEvent, { available: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await set(appEvent, { available: false, extra: 1 })).toMatchObject({ ok: false });
    expect(calls).toEqual([true]);
  });

  it('allow writing into a chosen folder, but not into its sub-folders or outside it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-ipc-'));
    const { listeners } = setUp({ showFolderDialog: () => Promise.resolve(dir) });
    await listeners.get('dialog:choose-folder')!(appEvent, {});
    const inside = await listeners.get('file:write-atomic')!(appEvent, {
      path: join(dir, 'a.pdf'),
      data: 'a',
    });
    expect(inside.ok).toBe(true);
    const traversal = await listeners.get('file:write-atomic')!(appEvent, {
      path: join(dir, '..', 'b.pdf'),
      data: 'b',
    });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'not-permitted' } });
    const nested = await listeners.get('file:write-atomic')!(appEvent, {
      path: join(dir, 'sub', 'c.pdf'),
      data: 'c',
    });
    expect(nested).toMatchObject({ ok: false, error: { code: 'not-permitted' } });
  });

  it('report a write into a vanished folder with a sentence that says what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-ipc-'));
    const gone = join(dir, 'gone', 'x.pdf');
    const { listeners } = setUp({ showSaveDialog: () => Promise.resolve(gone) });
    await listeners.get('dialog:save-file')!(appEvent, { defaultName: 'x.pdf' });
    const result = await listeners.get('file:write-atomic')!(appEvent, { path: gone, data: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    if (!result.ok) expect(result.error.message).toMatch(/no longer exists/);
  });

  it('print a document to PDF only into a file the user chose, before printing anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-ipc-'));
    const target = join(dir, 'minutes.pdf');
    let printed = 0;
    const { listeners } = setUp({
      showSaveDialog: () => Promise.resolve(target),
      printPdf: () => {
        printed++;
        return Promise.resolve(new TextEncoder().encode('%PDF-1.7'));
      },
    });
    const refused = await listeners.get('document:print-pdf')!(appEvent, { html: '<p>x</p>', path: target });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-permitted' } });
    expect(printed).toBe(0);
    await listeners.get('dialog:save-file')!(appEvent, { defaultName: 'minutes.pdf' });
    const saved = await listeners.get('document:print-pdf')!(appEvent, { html: '<p>x</p>', path: target });
    expect(saved).toEqual({ ok: true, value: { path: target, bytes: 8 } });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7');
  });

  it('print into a chosen folder without replacing a file there, taking only a plain file name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-ipc-'));
    await writeFile(join(dir, 'm.pdf'), 'last week');
    let printed = 0;
    const { listeners } = setUp({
      showFolderDialog: () => Promise.resolve(dir),
      printPdf: () => {
        printed++;
        return Promise.resolve(new TextEncoder().encode('%PDF-1.7'));
      },
    });
    const print = listeners.get('document:print-pdf-into-folder')!;
    const request = { html: '<p>x</p>', folder: dir, fileName: 'm.pdf' };
    expect(await print(appEvent, request)).toMatchObject({ ok: false, error: { code: 'not-permitted' } });
    await listeners.get('dialog:choose-folder')!(appEvent, {});
    for (const fileName of ['../m.pdf', 'sub/m.pdf', '.m.pdf', 'CON.pdf', 'm.pdf ', ''])
      expect(await print(appEvent, { ...request, fileName }), fileName).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    expect(printed).toBe(0);

    const saved = await print(appEvent, request);
    expect(saved).toEqual({ ok: true, value: { path: join(dir, 'm (2).pdf'), bytes: 8 } });
    expect(await readFile(join(dir, 'm.pdf'), 'utf8')).toBe('last week');
    expect(await readFile(join(dir, 'm (2).pdf'), 'utf8')).toBe('%PDF-1.7');
  });
});

/** Sync targets that record every call that reaches them; `fail` makes the transport throw. */
function spySyncTargets(fail?: SyncTargetError) {
  const calls: string[] = [];
  const transport: TargetTransport = {
    read: (path) => (calls.push(`read ${path}`), fail ? Promise.reject(fail) : Promise.resolve(null)),
    write: (path) => (calls.push(`write ${path}`), fail ? Promise.reject(fail) : Promise.resolve()),
    list: (folder) => (calls.push(`list ${folder}`), fail ? Promise.reject(fail) : Promise.resolve([])),
    probe: () => (calls.push('probe'), fail ? Promise.reject(fail) : Promise.resolve()),
  };
  const syncTargets: MainServices['syncTargets'] = {
    ...noSyncTargets,
    transport: (id) => {
      calls.push(`transport ${id}`);
      return Promise.resolve(transport);
    },
  };
  return { calls, syncTargets };
}

const ESCAPING_FILE_PATHS = [
  '../x',
  '/etc/passwd',
  'devices/a/../../x',
  'devices/a/../../../etc/passwd',
  'devices/a/./head.json',
  'devices\\a\\head.json',
  '%2e%2e/liaison-archive.json',
  'C:/Windows/win.ini',
  'devices/a/head.json/',
  'devices/a/head.json\0',
  'devices/a/seg-1',
  `blobs/${'A'.repeat(64)}`,
  '',
];
const ESCAPING_FOLDERS = ['..', '/etc', 'devices/a/..', 'devices/a/../..', 'devices/a/b', 'blobs/..', ''];

describe('the sync channels', () => {
  it.each(ESCAPING_FILE_PATHS)('refuse to read or write %j before any target is asked', async (path) => {
    const { calls, syncTargets } = spySyncTargets();
    const { listeners } = setUp({ syncTargets });
    const read = await listeners.get('sync:read')!(appEvent, { targetId: 't1', path });
    const write = await listeners.get('sync:write')!(appEvent, {
      targetId: 't1',
      path,
      data: new Uint8Array(1),
    });
    for (const result of [read, write]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      if (!result.ok) expect(result.error.message).toMatch(/path: Not the path of a sync file/);
    }
    expect(calls).toEqual([]);
  });

  it.each(ESCAPING_FOLDERS)('refuse to list %j before any target is asked', async (folder) => {
    const { calls, syncTargets } = spySyncTargets();
    const { listeners } = setUp({ syncTargets });
    const result = await listeners.get('sync:list')!(appEvent, { targetId: 't1', folder });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!result.ok) expect(result.error.message).toMatch(/folder: Not the path of a sync folder/);
    expect(calls).toEqual([]);
  });

  it('refuse a file larger than a sync file may be, and data that is not bytes', async () => {
    const { calls, syncTargets } = spySyncTargets();
    const { listeners } = setUp({ syncTargets });
    const path = 'devices/laptop-a/seg-000001';
    const oversized = await listeners.get('sync:write')!(appEvent, {
      targetId: 't1',
      path,
      data: new Uint8Array(MAX_SYNC_FILE_BYTES + 1),
    });
    expect(oversized).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!oversized.ok)
      expect(oversized.error.message).toMatch(/data: File is larger than a sync file may be/);
    const text = await listeners.get('sync:write')!(appEvent, { targetId: 't1', path, data: 'not bytes' });
    expect(text).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const badId = await listeners.get('sync:read')!(appEvent, { targetId: '../t1', path });
    expect(badId).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(calls).toEqual([]);
  });

  it('pass the files Liaison syncs to the named target unchanged', async () => {
    const { calls, syncTargets } = spySyncTargets();
    const { listeners } = setUp({ syncTargets });
    const blob = `blobs/${'0f'.repeat(32)}`;
    const largest = new Uint8Array(MAX_SYNC_FILE_BYTES);
    expect(
      await listeners.get('sync:read')!(appEvent, { targetId: 't1', path: 'liaison-archive.json' }),
    ).toEqual({
      ok: true,
      value: null,
    });
    const written = await listeners.get('sync:write')!(appEvent, {
      targetId: 't1',
      path: blob,
      data: largest,
    });
    expect(written).toEqual({ ok: true, value: null });
    await listeners.get('sync:list')!(appEvent, { targetId: 't1', folder: 'devices/laptop-a' });
    expect(calls).toEqual([
      'transport t1',
      'read liaison-archive.json',
      'transport t1',
      `write ${blob}`,
      'transport t1',
      'list devices/laptop-a',
    ]);
  });

  it("hand a target's failure to the renderer with its reason and message", async () => {
    const unplugged = new SyncTargetError(
      'missing',
      'The sync folder /media/x is not there. Plug in the drive.',
    );
    const { syncTargets } = spySyncTargets(unplugged);
    const { listeners } = setUp({ syncTargets });
    const read = await listeners.get('sync:read')!(appEvent, { targetId: 't1', path: 'devices/a/head.json' });
    expect(read).toEqual({
      ok: false,
      error: { code: 'failed', reason: 'missing', message: unplugged.message },
    });
    const tested = await listeners.get('sync:test-target')!(appEvent, { id: 't1' });
    expect(tested).toEqual({ ok: true, value: { ok: false, reason: 'missing', message: unplugged.message } });
  });
});
