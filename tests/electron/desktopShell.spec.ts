/**
 * Desktop-app tests with Playwright's Electron driver. They need the Electron binary; where it is
 * missing (as on the CI machines) they skip and print why. On a laptop with internet: `npx
 * install-electron`, then `npm run test:electron`.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from './electronBinary';

const binary = findElectronBinary();
const root = join(import.meta.dirname, '../..');
if (!binary.found) console.warn(`Electron tests skipped: ${binary.reason}`);

test.describe('the desktop app', () => {
  test.skip(!binary.found, binary.found ? '' : `Skipped: ${binary.reason}`);

  let app: ElectronApplication;
  let userData: string;

  test.beforeAll(() => {
    if (!binary.found) return;
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  });

  test.beforeEach(async () => {
    userData = await mkdtemp(join(tmpdir(), 'liaison-electron-'));
    app = await electron.launch({
      args: [join(root, 'out/main/index.js')],
      env: { ...process.env, LIAISON_TEST_MODE: '1', LIAISON_USER_DATA_DIR: userData },
    });
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(userData, { recursive: true, force: true });
  });

  test('opens one window with isolation, sandbox, no Node and web security', async () => {
    const page = await app.firstWindow();
    await expect(page.locator('html[data-app-state="ready"]')).toBeAttached();
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      const hooks = (
        globalThis as unknown as {
          liaisonTestHooks: { appliedWebPreferences(c: unknown): Electron.WebPreferences };
        }
      ).liaisonTestHooks;
      const p = hooks.appliedWebPreferences(windows[0]!.webContents);
      return {
        count: windows.length,
        contextIsolation: p.contextIsolation,
        sandbox: p.sandbox,
        nodeIntegration: p.nodeIntegration,
        webSecurity: p.webSecurity,
      };
    });
    expect(prefs).toEqual({
      count: 1,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(
      await page.evaluate(() => Object.keys((window as { liaison?: object }).liaison ?? {}).sort()),
    ).toEqual(['invoke', 'on']);
  });

  test('has the File, Edit, View, Window and Help menus', async () => {
    await app.firstWindow();
    const labels = await app.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()!.items.map((item) => item.label),
    );
    const expected = ['File', 'Edit', 'View', 'Window', 'Help'];
    expect(labels.slice(-5)).toEqual(expected);
  });

  test('uses the userData folder given in test mode and remembers the window size', async () => {
    const page = await app.firstWindow();
    await expect(page.locator('html[data-app-state="ready"]')).toBeAttached();
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(userData);
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setSize(1000, 700));
    await app.close();
    const state = JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8')) as {
      width: number;
    };
    expect(state.width).toBe(1000);
    app = await electron.launch({
      args: [join(root, 'out/main/index.js')],
      env: { ...process.env, LIAISON_TEST_MODE: '1', LIAISON_USER_DATA_DIR: userData },
    });
    await app.firstWindow();
    const size = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getSize());
    expect(size).toEqual([1000, 700]);
  });

  test('refuses IPC with a bad payload, naming the field', async () => {
    const page = await app.firstWindow();
    const result = await page.evaluate(() =>
      (
        window as unknown as { liaison: { invoke: (c: string, r: unknown) => Promise<unknown> } }
      ).liaison.invoke('file:write-atomic', { path: 7, data: 'x' }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('path') },
    });
  });
});
