import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const constructed = vi.hoisted(() => [] as BrowserWindowConstructorOptions[]);

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly webContents = {};
    constructor(options: BrowserWindowConstructorOptions) {
      constructed.push(options);
    }
  },
}));

const { createSecureWindow } = await import('../../../electron/main/security/createSecureWindow');
const { appliedWebPreferences, secureWebPreferences, SECURE_WEB_PREFERENCES } =
  await import('../../../electron/main/security/secureWebPreferences');

describe('createSecureWindow', () => {
  it('writes exactly the secure preferences on the constructor, plus the preload of the main window', () => {
    constructed.length = 0;
    const window = createSecureWindow({ show: false, width: 800, webPreferences: { preload: '/app/p.cjs' } });
    expect(constructed[0]).toEqual({
      show: false,
      width: 800,
      webPreferences: { ...SECURE_WEB_PREFERENCES, preload: '/app/p.cjs' },
    });
    expect(appliedWebPreferences(window.webContents)).toEqual(constructed[0]!.webPreferences);
  });

  it('gives the PDF window JavaScript off and its session, with the same policy', () => {
    constructed.length = 0;
    const extra = { javascript: false, partition: 'liaison-print' };
    createSecureWindow({ show: false, webPreferences: extra });
    expect(constructed[0]!.webPreferences).toEqual(secureWebPreferences(extra));
  });

  it('drops anything else a caller slips into the preferences, so none can be weakened', () => {
    constructed.length = 0;
    const hostile = {
      nodeIntegration: true,
      contextIsolation: false,
      sandbox: false,
      webviewTag: true,
      preload: '/app/p.cjs',
    } as never;
    createSecureWindow({ webPreferences: hostile });
    expect(constructed[0]!.webPreferences).toEqual({ ...SECURE_WEB_PREFERENCES, preload: '/app/p.cjs' });
  });

  it('turns off middle-click windows (auxclick) along with Node, and keeps isolation and sandbox on', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
});
