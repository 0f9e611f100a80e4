import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/channelNames';
import { createIpcRegistry, type IpcMainLike } from '../../../electron/main/ipc/createIpcRegistry';
import { registerHandlers, type MainServices } from '../../../electron/main/ipc/registerHandlers';
import { FileGrants } from '../../../electron/main/files/fileGrants';

type Listener = Parameters<IpcMainLike['handle']>[1];
const appEvent = {
  senderFrame: { url: 'app://liaison/index.html', parent: null },
} as unknown as IpcMainInvokeEvent;

const notInThisTest = () => Promise.reject(new Error('sync targets are tested in syncHandlers.test.ts'));
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
});
