/**
 * Starts the real main process (electron/main/index.ts) against a mocked Electron, whose BrowserWindow
 * announces each new webContents through `app`'s `web-contents-created` as Electron does. Then the main
 * window opens, a PDF is printed through the IPC handler (which makes the hidden print window), and a
 * hostile webContents appears: each is checked when it is created, and only the hostile one is closed.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeWebContents, nextTick } from '../security/fakeWebContents';

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const state = {
    userData: '',
    listeners: new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>(),
  };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    name: 'Liaison',
    getName: () => 'Liaison',
    getVersion: () => '0.1.0',
    getPath: (name: string) => (name === 'userData' ? state.userData : join(state.userData, name)),
    setPath: () => undefined,
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    isReady: () => true,
    whenReady: () => Promise.resolve(),
  });
  const fakeSession = () => ({
    protocol: { handle: () => undefined },
    webRequest: { onBeforeRequest: () => undefined },
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
  });
  return { state, app, fakeSession };
});

/** Every window the app constructs, with the options it passed. */
const windows: Array<{
  options: Electron.BrowserWindowConstructorOptions;
  fake: ReturnType<typeof fakeWebContents>;
}> = [];

vi.mock('electron', () => {
  class BrowserWindow {
    readonly webContents;
    private readonly fake;
    constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
      // Electron keeps preferences to itself until the renderer starts: getLastWebPreferences is null.
      this.fake = fakeWebContents({ lastPreferences: null });
      this.webContents = Object.assign(this.fake.contents, {
        send: () => undefined,
        printToPDF: () => Promise.resolve(Buffer.from('%PDF-1.7')),
        debugger: {
          attach: () => undefined,
          detach: () => undefined,
          sendCommand: () => Promise.resolve({}),
        },
      });
      windows.push({ options, fake: this.fake });
      electron.app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows = () => windows.map(() => ({}));
    loadURL() {
      this.fake.emitter.emit('did-start-navigation', {});
      return Promise.resolve();
    }
    once() {}
    on() {}
    destroy() {}
  }
  return {
    app: electron.app,
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    session: { defaultSession: electron.fakeSession(), fromPartition: () => electron.fakeSession() },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, raw: unknown) => Promise<unknown>) =>
        electron.state.listeners.set(channel, listener),
    },
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: () => undefined },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1440, height: 900 } }] },
    dialog: {
      showSaveDialog: () =>
        Promise.resolve({ canceled: false, filePath: join(electron.state.userData, 'm.pdf') }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
    shell: { openExternal: () => Promise.resolve() },
  };
});

const appEvent = { senderFrame: { url: 'app://liaison/index.html', parent: null } };
const logFile = () => readFile(join(electron.state.userData, 'logs', 'liaison.log'), 'utf8');

beforeAll(async () => {
  electron.state.userData = await mkdtemp(join(tmpdir(), 'liaison-main-'));
  delete process.env['ELECTRON_RENDERER_URL'];
  await import('../../../electron/main/index');
  await vi.waitFor(async () => expect(await logFile()).toContain('app.ready'));
});

afterAll(() => {
  electron.app.removeAllListeners();
});

describe('every webContents the main process creates', () => {
  it('checks the main window when it is created: isolation, sandbox, no Node, guards in place', async () => {
    const main = windows[0]!;
    expect(main.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
    });
    expect(main.options.webPreferences?.preload).toMatch(/preload/);
    expect(main.fake.hasOpenHandler()).toBe(true);
    expect(main.fake.emitter.listenerCount('will-attach-webview')).toBe(1);
    expect(main.fake.state.closed).toBe(false);
    expect(await logFile()).toContain(`security.webcontents-verified {"id":${main.fake.contents.id},`);
  });

  it('checks the hidden PDF window as well: JavaScript off, its own session, same policy', async () => {
    const before = windows.length;
    const save = electron.state.listeners.get('dialog:save-file')!;
    const print = electron.state.listeners.get('document:print-pdf')!;
    await save(appEvent, { defaultName: 'm.pdf' });
    const result = await print(appEvent, {
      html: '<p>Minutes</p>',
      path: join(electron.state.userData, 'm.pdf'),
    });
    expect(result).toMatchObject({ ok: true });
    const pdf = windows[before]!;
    expect(pdf.options.show).toBe(false);
    expect(pdf.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
      partition: 'liaison-print',
    });
    expect(pdf.fake.hasOpenHandler()).toBe(true);
    expect(pdf.fake.state.closed).toBe(false);
    expect(await logFile()).toContain(`security.webcontents-verified {"id":${pdf.fake.contents.id},`);
  });

  it('closes a webContents that appears with Node integration on, and logs the refusal', async () => {
    const hostile = fakeWebContents({
      lastPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true },
    });
    electron.app.emit('web-contents-created', {}, hostile.contents);
    await nextTick();
    expect(hostile.state.closed).toBe(true);
    expect(await logFile()).toMatch(
      new RegExp(`security.webcontents-refused \\{"id":${hostile.contents.id},.*"nodeIntegration"`),
    );
  });

  it('denies navigation to another origin and a <webview> in any webContents it creates', async () => {
    const main = windows[0]!;
    expect(main.fake.emitCancelable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(main.fake.emitCancelable('will-attach-webview', {}, {})).toBe(true);
    expect(main.fake.open('https://evil.example/')).toEqual({ action: 'deny' });
    const log = await logFile();
    expect(log).toContain('security.navigation-denied');
    expect(log).toContain('security.webview-blocked');
  });
});
